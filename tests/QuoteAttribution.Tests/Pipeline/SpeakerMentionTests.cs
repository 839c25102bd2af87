using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Pipeline;

/// <summary>The words a record gives as its speaker mention: the ones at the statement that point to the speaker.</summary>
public sealed class SpeakerMentionTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    [Test]
    public void RelativeWho_IsTheMentionAndTheNameIsItsAntecedent()
    {
        // Arrange
        const string Text = "Strategist John Weaver spoke on Monday.\n\n“It is not normal,” said Weaver, who said executives often fail to understand that there are “no secrets in politics.”";

        // Act
        QuoteRecord reported = Pipeline.Analyze(new Article("a", Text)).Records.Single(r => r.Kind == StatementKind.Mixed);

        // Assert
        Assert.Multiple(() =>
        {
            Assert.That(reported.Speaker, Is.EqualTo("John Weaver"));
            Assert.That(reported.SpeakerMention, Is.EqualTo("who"));
            Assert.That(Text[reported.SpeakerStart!.Value..reported.SpeakerEnd!.Value], Is.EqualTo("who"));
        });
    }
}
