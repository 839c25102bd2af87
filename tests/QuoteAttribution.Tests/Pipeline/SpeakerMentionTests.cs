using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Tests.Pipeline;

/// <summary>The words a record gives as its speaker mention: the ones at the statement that point to the speaker.</summary>
public sealed class SpeakerMentionTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    [Test]
    public void RelativeWho_IsTheMentionAndTheNameIsItsAntecedent()
    {
        // Arrange
        const string Text = "Strategist Tom Reyes spoke on Monday.\n\n“It is not normal,” said Reyes, who said voters rarely forgive a broken promise on “the one issue that matters.”";

        // Act
        QuoteRecord reported = Pipeline.Analyze(new Article("a", Text)).Records.Single(r => r.Kind == StatementKind.Mixed);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(reported.Speaker, Is.EqualTo("Tom Reyes"));
            Assert.That(reported.SpeakerMention, Is.EqualTo("who"));
            Assert.That(Text[reported.SpeakerStart!.Value..reported.SpeakerEnd!.Value], Is.EqualTo("who"));
        });
    }

    [TestCase("met her to talk about the next steps for the team and Dana Whitlock suggested", "Dana Whitlock")]
    [TestCase("met her, and the captain and Dana Whitlock suggested", "the captain and Dana Whitlock")]
    [TestCase("met her, and he and Dana Whitlock suggested", "he and Dana Whitlock")]
    public void NameAfterAnd_JoinsOnlyADescriptionOrPronoun(string clause, string mention)
    {
        // Arrange: a name after "and" starts a clause of its own when a lower-case phrase stands before it.
        string text = $"The coach {clause} she might record a “short video” that was “not too sad.”";

        // Act
        QuoteRecord record = Pipeline.Analyze(new Article("a", text)).Records.Single();

        // Assert
        Assert.That(record.SpeakerMention, Is.EqualTo(mention));
    }

    [Test]
    public void RelativeClauseBetweenNameAndVerb_NameIsTheMention()
    {
        // Arrange
        const string Text = "Councillor Dana Whitlock, who has backed the ferry plan, said the harbour needs \"a second berth\" by spring.";

        // Act
        QuoteRecord reported = Pipeline.Analyze(new Article("a", Text)).Records.Single(r => r.Kind == StatementKind.Mixed);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(reported.Speaker, Is.EqualTo("Dana Whitlock"));
            Assert.That(reported.SpeakerMention, Is.EqualTo("Councillor Dana Whitlock"));
        });
    }
}
