using System.Text.Json;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Archive;

/// <summary>
/// One line of <c>quotes extract --format jsonl</c> output read back into a <see cref="QuoteRecord"/>.
/// <c>article</c>, <c>quote_id</c>, <c>kind</c>, <c>text</c>, <c>start</c> and <c>end</c> are required;
/// the other fields may be missing or null (they then take the record's defaults).
/// </summary>
internal static class RecordLine
{
    /// <summary>The record on <paramref name="line"/>, and its <c>origin</c> (empty when the line has none).</summary>
    /// <exception cref="FormatException">The line is not a JSON object with the required fields, named in the message.</exception>
    public static (QuoteRecord Record, string Origin) Parse(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON ({e.Message.Split(" LineNumber:")[0]})", e);
        }

        using (document)
        {
            JsonElement r = document.RootElement;
            if (r.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("a record line must be a JSON object");
            }

            QuoteRecord record = new()
            {
                Article = RequiredString(r, "article"),
                Origin = String(r, "origin"),
                QuoteId = RequiredString(r, "quote_id"),
                Kind = RecordValues.TryKind(RequiredString(r, "kind")) ?? throw new FormatException("\"kind\" must be direct, mixed or indirect"),
                Text = RequiredString(r, "text"),
                Start = Int(r, "start") ?? throw new FormatException("a record needs an integer \"start\""),
                End = Int(r, "end") ?? throw new FormatException("a record needs an integer \"end\""),
                Speaker = String(r, "speaker"),
                SpeakerId = String(r, "speaker_id"),
                SpeakerType = RecordValues.SpeakerType(String(r, "speaker_type")),
                SpeakerMention = String(r, "speaker_mention"),
                SpeakerStart = Int(r, "speaker_start"),
                SpeakerEnd = Int(r, "speaker_end"),
                Role = String(r, "role"),
                Affiliation = String(r, "affiliation"),
                Cue = String(r, "cue"),
                Addressee = String(r, "addressee"),
                Date = RecordValues.Date(String(r, "date")),
                Rule = String(r, "rule"),
                Confidence = r.TryGetProperty("confidence", out JsonElement c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 0,
            };
            return (record, String(r, "origin"));
        }
    }

    /// <summary>The <c>article</c> of a line that is JSON but not a valid record, or null.</summary>
    public static string? ArticleOf(string line)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("article", out JsonElement article)
                && article.ValueKind == JsonValueKind.String ? article.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string RequiredString(JsonElement r, string name) =>
        r.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"a record needs a string \"{name}\"");

    private static string String(JsonElement r, string name) =>
        r.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static int? Int(JsonElement r, string name) =>
        r.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int n) ? n : null;
}
