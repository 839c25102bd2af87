using System.Globalization;
using System.Text.Json;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Output;

/// <summary>
/// One record as one JSON object, field by field in <see cref="RecordFields.Names"/> order, with the keys
/// encoded once. The values are the ones <see cref="RecordFields.Values"/> gives as strings, written as JSON
/// types: a test checks the key order against <see cref="RecordFields.Names"/>.
/// </summary>
internal static class JsonLinesFields
{
    private static readonly JsonEncodedText[] Keys = [.. RecordFields.Names.Select(name => JsonEncodedText.Encode(name))];

    public static void Write(Utf8JsonWriter json, QuoteRecord r)
    {
        int k = 0;
        json.WriteStartObject();
        json.WriteString(Keys[k++], r.Article);
        json.WriteString(Keys[k++], r.QuoteId);
        json.WriteString(Keys[k++], RecordFields.Lower(r.Kind));
        json.WriteString(Keys[k++], r.Text);
        json.WriteNumber(Keys[k++], r.Start);
        json.WriteNumber(Keys[k++], r.End);
        json.WriteString(Keys[k++], r.Speaker);
        json.WriteString(Keys[k++], r.SpeakerId);
        json.WriteString(Keys[k++], RecordFields.Lower(r.SpeakerType));
        json.WriteString(Keys[k++], r.SpeakerMention);
        WriteOffset(json, Keys[k++], r.SpeakerStart);
        WriteOffset(json, Keys[k++], r.SpeakerEnd);
        json.WriteString(Keys[k++], r.Role);
        json.WriteString(Keys[k++], r.Affiliation);
        json.WriteString(Keys[k++], r.Cue);
        json.WriteString(Keys[k++], r.Addressee);
        WriteDate(json, Keys[k++], r.Date);
        json.WriteString(Keys[k++], r.Rule);
        WriteConfidence(json, Keys[k], r.Confidence);
        json.WriteEndObject();
    }

    private static void WriteOffset(Utf8JsonWriter json, JsonEncodedText key, int? offset)
    {
        if (offset is int value)
        {
            json.WriteNumber(key, value);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    private static void WriteDate(Utf8JsonWriter json, JsonEncodedText key, DateOnly? date)
    {
        Span<char> text = stackalloc char[16];
        if (date is DateOnly value && value.TryFormat(text, out int length, "yyyy-MM-dd", CultureInfo.InvariantCulture))
        {
            json.WriteString(key, text[..length]);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    // The same two-decimal text CSV shows (0.85, not 0.8500000001), as a JSON number: through decimal, which
    // keeps the written scale, so 1.00 stays 1.00.
    private static void WriteConfidence(Utf8JsonWriter json, JsonEncodedText key, double confidence)
    {
        Span<char> text = stackalloc char[32];
        if (confidence.TryFormat(text, out int length, "0.00", CultureInfo.InvariantCulture)
            && decimal.TryParse(text[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            json.WriteNumber(key, number);
        }
        else
        {
            json.WriteNull(key);
        }
    }
}
