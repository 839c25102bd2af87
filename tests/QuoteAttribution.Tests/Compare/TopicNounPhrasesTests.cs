using NUnit.Framework;
using QuoteAttribution.Compare;

namespace QuoteAttribution.Tests.Compare;

/// <summary>
/// Noun phrases as topics, learnt from invented statements: a word is a noun when the statements often
/// close a phrase with it after a determiner or preposition.
/// </summary>
public sealed class TopicNounPhrasesTests
{
    private static readonly KeyTermExtractor Extractor = KeyTermExtractor.Learn(
    [
        "We will sign the trade deal next month.",
        "Nobody wants a trade deal that hurts the farms.",
        "The farms need help on immigration, not more words.",
        "This is about immigration and nothing else.",
        "Families pay a lot in taxes.",
        "They want to cut the taxes of the farms.",
        "We will approve it and then approve more.",
        "It was the greatest day. The great lakes are great.",
        "The greatest of them all came to town.",
        "Immigration drives growth on the farms.",
        "I think people say things.",
        "They said something for themselves.",
    ]);

    [TestCase("Voters want the trade deal signed", new[] { "trade deal" })]
    [TestCase("They failed on immigration", new[] { "immigration" })]
    [TestCase("We must cut taxes for the farms", new[] { "taxes", "farms" })]
    [TestCase("Immigration is what the farms care about", new[] { "immigration", "farms" })]
    public void StatementNamingNouns_NounPhrasesAreKeyTerms(string text, string[] expected)
    {
        Assert.That(Extractor.Extract(text), Is.EqualTo(expected));
    }

    [TestCase("We will approve it")]
    [TestCase("the greatest thing")]
    [TestCase("I think people say things for themselves")]
    [TestCase("They're here and we're there")]
    public void VerbsSuperlativesPronounsAndGeneralWords_NoKeyTerm(string text)
    {
        Assert.That(Extractor.Extract(text), Is.Empty);
    }

    [Test]
    public void NounAfterAnAdjective_TheNounAlone()
    {
        Assert.That(Extractor.Extract("a fair deal for the region"), Is.EqualTo(new[] { "deal" }));
        Assert.That(Extractor.Extract("a fair immigration policy"), Is.EqualTo(new[] { "immigration" }));
    }

    [Test]
    public void NameBeside_NamesFirstThenNounPhrases()
    {
        Assert.That(Extractor.Extract("They told Lakeport about the trade deal"), Is.EqualTo(new[] { "Lakeport", "trade deal" }));
    }

    [Test]
    public void LowerCaseNoun_NeverJoinsANameEndingInIt()
    {
        TopicTerms terms = TopicTerms.Learn(["Lot of Money", "money", "money", "taxes", "tax"]);

        Assert.That(terms.Key("money"), Is.EqualTo("money"));
        Assert.That(terms.Key("taxes"), Is.EqualTo(terms.Key("tax")));
    }
}
