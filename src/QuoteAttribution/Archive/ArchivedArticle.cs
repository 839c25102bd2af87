using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Archive;

/// <summary>One article to store: what is known of it, and its records in reading order.</summary>
/// <param name="Id">The article id (the record's <c>article</c>).</param>
/// <param name="Origin">Where it came from: the input path as given, or its address.</param>
/// <param name="Title">The headline, or empty.</param>
/// <param name="Date">The publication date as <c>yyyy-mm-dd</c>, or empty.</param>
/// <param name="Text">The text as read, or null when only the records are known (<c>index --records</c>).</param>
/// <param name="Records">The records, in reading order.</param>
public sealed record ArchivedArticle(
    string Id, string Origin, string Title, string Date, string? Text, ImmutableArray<QuoteRecord> Records)
{
    /// <summary>SHA-256 of the text (UTF-8, lower-case hex), or empty when the text is not known.</summary>
    public string TextHash => Text is null ? "" : Hash(Text);

    /// <summary>
    /// SHA-256 of the records' fields as every format writes them, less <c>speaker_id</c> (which the
    /// archive decides) and <c>origin</c> (where a copy was read, not what it says): the change test
    /// when the text is not known.
    /// </summary>
    public string RecordsHash
    {
        get
        {
            List<string> names = [.. RecordFields.Names];
            int speakerId = names.IndexOf("speaker_id");
            int origin = names.IndexOf("origin");
            StringBuilder all = new();
            foreach (QuoteRecord record in Records)
            {
                string[] values = RecordFields.Values(record);
                values[speakerId] = "";
                values[origin] = "";
                all.AppendJoin('\u001f', values).Append('\u001e');
            }

            return Hash(all.ToString());
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
