using System.Collections.Immutable;
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
    private static readonly int SpeakerIdField = RecordFieldIndex("speaker_id");
    private static readonly int OriginField = RecordFieldIndex("origin");

    /// <summary>SHA-256 of the text (UTF-8, lower-case hex), or empty when the text is not known.</summary>
    public string TextHash => Text is null ? "" : Sha256Text.Of(Text);

    /// <summary>
    /// SHA-256 of the records' fields as every format writes them, less <c>speaker_id</c> (which the
    /// archive decides) and <c>origin</c> (where a copy was read, not what it says): the change test
    /// when the text is not known. Each record's fields are joined by U+001F and each record ends with U+001E.
    /// </summary>
    public string RecordsHash
    {
        get
        {
            using Sha256Text hash = new();
            foreach (QuoteRecord record in Records)
            {
                string[] values = RecordFields.Values(record);
                for (int i = 0; i < values.Length; i++)
                {
                    if (i > 0)
                    {
                        hash.Append('\u001f');
                    }

                    if (i != SpeakerIdField && i != OriginField)
                    {
                        hash.Append(values[i]);
                    }
                }

                hash.Append('\u001e');
            }

            return hash.Finish();
        }
    }

    private static int RecordFieldIndex(string name)
    {
        for (int i = 0; i < RecordFields.Names.Count; i++)
        {
            if (RecordFields.Names[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"no record field '{name}'");
    }
}
