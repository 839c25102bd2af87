using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Coreference;

public sealed class DocumentResolverTests
{
    private static QuoteRecord Only(string text)
    {
        AttributionResult result = new AttributionPipelineBuilder().UseDefaultSieves().Build().Analyze(new Article("a", text));
        Assert.That(result.Records, Has.Length.EqualTo(1), text);
        return result.Records[0];
    }

    [Test]
    public void DocumentWithNoAuthor_IsADocumentSpeaker()
    {
        QuoteRecord record = Only("The lawsuit alleges that the council hid the costs of the tram.");

        Assert.That((record.Speaker, record.SpeakerType, record.Role), Is.EqualTo(("lawsuit", SpeakerType.Document, "")));
    }

    [Test]
    public void DocumentByANamedBody_SpeaksForTheBody()
    {
        QuoteRecord record = Only("A report by the Harwick Water Board said the reservoir was half empty.");

        Assert.That((record.Speaker, record.SpeakerType), Is.EqualTo(("Harwick Water Board", SpeakerType.Organization)));
    }

    [Test]
    public void NounThatOnlyModifies_IsNoDocument()
    {
        QuoteRecord record = Only("The report card committee said the grades would be posted on Monday.");

        Assert.That(record.SpeakerType, Is.Not.EqualTo(SpeakerType.Document));
    }
}
