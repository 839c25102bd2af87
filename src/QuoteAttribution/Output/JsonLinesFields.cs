using System.Collections.Concurrent;
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

    // Enough for every confidence the sieves give; past it a value is formatted each time it is written.
    private const int MaxCachedConfidences = 4096;

    private static readonly ConcurrentDictionary<long, decimal?> Confidences = new();

    public static void Write(Utf8JsonWriter json, QuoteRecord r)
    {
        int k = 0;
        json.WriteStartObject();
        json.WriteString(Keys[k++], r.Article);
        json.WriteString(Keys[k++], r.Origin);
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
        if (date is DateOnly value)
        {
            // yyyy-MM-dd of the invariant (Gregorian) calendar, written digit by digit: DateOnly's years run 1 to 9999.
            Span<char> text = stackalloc char[10];
            WriteDigits(text[..4], value.Year);
            text[4] = '-';
            WriteDigits(text[5..7], value.Month);
            text[7] = '-';
            WriteDigits(text[8..], value.Day);
            json.WriteString(key, text);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    private static void WriteDigits(Span<char> text, int value)
    {
        for (int i = text.Length - 1; i >= 0; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    // The same two-decimal text CSV shows (0.85, not 0.8500000001), as a JSON number: through decimal, which
    // keeps the written scale, so 1.00 stays 1.00.
    private static void WriteConfidence(Utf8JsonWriter json, JsonEncodedText key, double confidence)
    {
        // The sieves give a few distinct confidences, each formatted and parsed once per process; keyed by the
        // double's bits, so 0.0 and -0.0 (equal as doubles) keep their own texts.
        long bits = BitConverter.DoubleToInt64Bits(confidence);
        if (!Confidences.TryGetValue(bits, out decimal? number))
        {
            number = ToTwoDecimals(confidence);
            if (Confidences.Count < MaxCachedConfidences)
            {
                Confidences.TryAdd(bits, number);
            }
        }

        if (number is decimal value)
        {
            json.WriteNumber(key, value);
        }
        else
        {
            json.WriteNull(key);
        }
    }

    private static decimal? ToTwoDecimals(double confidence)
    {
        Span<char> text = stackalloc char[32];
        return confidence.TryFormat(text, out int length, "0.00", CultureInfo.InvariantCulture)
            && decimal.TryParse(text[..length], NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number)
            ? number : null;
    }
}
