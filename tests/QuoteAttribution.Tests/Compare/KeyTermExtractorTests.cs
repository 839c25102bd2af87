using NUnit.Framework;
using QuoteAttribution.Compare;

namespace QuoteAttribution.Tests.Compare;

public sealed class KeyTermExtractorTests
{
    private static readonly KeyTermExtractor Extractor = KeyTermExtractor.Learn(
    [
        "talks in Moscow with Russia would go on.",
        "the strikes near Raqqa continued",
    ]);

    [TestCase("the American coalition had refused to share intelligence on Raqqa", new[] { "American", "Raqqa" })]
    [TestCase("NATO is ready and able to defend all allies, including Turkey", new[] { "NATO", "Turkey" })]
    [TestCase("the coalition would keep up the pressure on ISIS in Raqqa", new[] { "ISIS", "Raqqa" })]
    [TestCase("fighters of the Islamic State of Iraq crossed into Syria", new[] { "Islamic State of Iraq", "Syria" })]
    [TestCase("Russia's Foreign Minister Sergei Lavrov met John Kerry", new[] { "Russia", "Sergei Lavrov", "John Kerry" })]
    [TestCase("the U.S. Defense Secretary spoke", new[] { "U.S." })]
    [TestCase("forces loyal to Bashar al-Assad advanced", new[] { "Bashar al-Assad" })]
    public void Statement_NamesAreKeyTerms(string text, string[] expected)
    {
        Assert.That(Extractor.Extract(text), Is.EqualTo(expected));
    }

    [TestCase("We have not agreed to cooperate.")]
    [TestCase("Obviously, this is wrong. The strikes go on.")]
    [TestCase("He said on Wednesday and in October that it was over.")]
    [TestCase("I think so.")]
    [TestCase("I\u2019m sure They're wrong and Don't care.")]
    [TestCase("Everything is fine. Let them try.")]
    [TestCase("he said \u201CNobody believes it\u201D and left")]
    public void CommonWordsPronounsAndDates_NoKeyTerm(string text)
    {
        Assert.That(Extractor.Extract(text), Is.Empty);
    }

    [Test]
    public void SentenceInitialName_KeptWhenCorpusCapitalisesItMidSentence()
    {
        Assert.That(Extractor.Extract("Russia is ready. Moscow agrees."), Is.EqualTo(new[] { "Russia", "Moscow" }));
    }

    [Test]
    public void SentenceInitialUnknownWord_Dropped()
    {
        Assert.That(Extractor.Extract("Damascus agrees."), Is.Empty);
    }

    [Test]
    public void SameTermTwice_ListedOnce()
    {
        Assert.That(Extractor.Extract("near Raqqa and in Raqqa again"), Is.EqualTo(new[] { "Raqqa" }));
    }

    [Test]
    public void QuotationInitialCapital_NotLearntAsName()
    {
        KeyTermExtractor extractor = KeyTermExtractor.Learn(["he said \"Whatever happens we stay\" twice"]);

        Assert.That(extractor.Extract("Whatever happens."), Is.Empty);
    }

    [Test]
    public void TitleInsideANameRun_PartsTheRun()
    {
        Assert.That(Extractor.Extract("talks with Russian President Tomas Velk went on"), Is.EqualTo(new[] { "Russian", "Tomas Velk" }));
    }

    [Test]
    public void WordMostlyWrittenInLowerCase_NoKeyTerm()
    {
        KeyTermExtractor extractor = KeyTermExtractor.Learn(["the state pays", "a state fair", "Secretary of State Velk"]);

        Assert.That(extractor.Extract("the Secretary of State said so. Look, the state is broke."), Is.Empty);
    }
}
