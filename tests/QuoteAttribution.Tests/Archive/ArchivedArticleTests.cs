using System.Security.Cryptography;
using System.Text;
using NUnit.Framework;
using QuoteAttribution.Archive;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Tests.Archive;

/// <summary>
/// The hashes an archive stores to tell a changed article: archives written before keep their meaning, so each
/// must stay the SHA-256 of the documented text, however it is computed.
/// </summary>
public sealed class ArchivedArticleTests
{
    [Test]
    public void RecordsHash_IsTheHashOfTheJoinedFieldsWithoutSpeakerIdAndOrigin()
    {
        QuoteRecord first = ArchiveSamples.Record("quay", 1, "Mara Velden") with { Origin = "copy-a/quay.txt", SpeakerId = "mara-velden", Text = "Déjà vu — «the levee» 🌊 holds" };
        QuoteRecord second = ArchiveSamples.Record("quay", 2, "Velden") with { Text = new string('x', 40_000) + " ends here" };
        ArchivedArticle article = ArchiveSamples.Article("quay", "text", first, second);

        Assert.That(article.RecordsHash, Is.EqualTo(Sha256(Joined(first) + Joined(second))));
    }

    [Test]
    public void RecordsHash_SameRecordsFromAnotherCopyWithOtherIds_IsTheSame()
    {
        QuoteRecord record = ArchiveSamples.Record("quay", 1, "Mara Velden");
        ArchivedArticle here = ArchiveSamples.Article("quay", "text", record with { Origin = "a.jsonl", SpeakerId = "velden" });
        ArchivedArticle there = ArchiveSamples.Article("quay", "text", record with { Origin = "b.jsonl", SpeakerId = "mara-velden" });

        Assert.That(here.RecordsHash, Is.EqualTo(there.RecordsHash));
        Assert.That(here.RecordsHash, Is.Not.EqualTo(ArchiveSamples.Article("quay", "text", record with { Cue = "said" }).RecordsHash));
    }

    [TestCase("")]
    [TestCase("Short text.")]
    [TestCase("Ünïcödé, quotes “like these” and an emoji 🌊.")]
    public void TextHash_IsTheHashOfTheUtf8Text(string text)
    {
        Assert.That(ArchiveSamples.Article("quay", text).TextHash, Is.EqualTo(Sha256(text)));
    }

    [Test]
    public void TextHash_TextLongerThanTheBuffer_IsTheHashOfTheUtf8Text()
    {
        string text = string.Concat(Enumerable.Repeat("The harbour master said «the cranes stay idle». ", 2_000));

        Assert.That(ArchiveSamples.Article("quay", text).TextHash, Is.EqualTo(Sha256(text)));
    }

    [Test]
    public void TextHash_NoText_IsEmpty()
    {
        ArchivedArticle recordsOnly = new("quay", "quay.jsonl", "", "", null, []);

        Assert.That(recordsOnly.TextHash, Is.Empty);
    }

    // The definition: fields as every format writes them, speaker_id and origin empty, joined by U+001F, each record ended by U+001E.
    private static string Joined(QuoteRecord record)
    {
        string[] values = RecordFields.Values(record);
        values[RecordFields.Names.ToList().IndexOf("speaker_id")] = "";
        values[RecordFields.Names.ToList().IndexOf("origin")] = "";
        return string.Join('\u001f', values) + '\u001e';
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
