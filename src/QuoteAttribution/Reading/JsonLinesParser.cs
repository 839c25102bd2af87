using System.Globalization;
using System.Text.Json;

namespace QuoteAttribution.Reading;

/// <summary>
/// Turns one JSON Lines line into an <see cref="Article"/>: <c>id</c> and <c>text</c> are required,
/// <c>title</c>, <c>date</c>, <c>url</c> and <c>source</c> optional.
/// </summary>
/// <example><c>{"id": "a1", "text": "\"We will win,\" she said.", "date": "2016-10-05"}</c></example>
internal static class JsonLinesParser
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss",
    ];

    /// <summary>
    /// Parses <paramref name="line"/>; yields the article, or an error, plus warnings about optional
    /// fields that were present but unusable.
    /// </summary>
    public static IEnumerable<ReadResult> Parse(string line, string source, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return [ReadResult.Error(source, $"not valid JSON ({FirstLine(e.Message)})", lineNumber)];
        }

        using (document)
        {
            try
            {
                return FromObject(document.RootElement, source, lineNumber);
            }
            catch (InvalidOperationException)
            {
                // GetString throws when an escape makes invalid UTF-16 ("\ud800" alone), common in scraped data.
                return [ReadResult.Error(source, "a string holds an escaped lone surrogate (such as \\ud800), not text", lineNumber)];
            }
        }
    }

    private static List<ReadResult> FromObject(JsonElement root, string source, int lineNumber)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return [ReadResult.Error(source, "not a JSON object", lineNumber)];
        }

        string? id = Scalar(root, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return [ReadResult.Error(source, "no \"id\" (a non-empty string or number is required)", lineNumber)];
        }

        if (!root.TryGetProperty("text", out JsonElement textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return [ReadResult.Error(source, $"article \"{id}\" has no \"text\" string", lineNumber)];
        }

        string text = textElement.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return [ReadResult.Error(source, $"article \"{id}\" has an empty \"text\"", lineNumber)];
        }

        List<ReadResult> results = [];
        string? rawDate = Scalar(root, "date");
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(rawDate))
        {
            date = ParseDate(rawDate);
            if (date is null)
            {
                results.Add(ReadResult.Warning(
                    source, $"article \"{id}\": date \"{rawDate}\" is not yyyy-mm-dd or an ISO date-time; ignored", lineNumber));
            }
        }

        string? url = Scalar(root, "url");
        Article article = new(id, text)
        {
            Title = Scalar(root, "title"),
            Date = date,
            Url = url,
            Origin = string.IsNullOrWhiteSpace(url) ? source : url,
            Source = Scalar(root, "source"),
        };
        results.Add(ReadResult.Of(article, source, lineNumber));
        return results;
    }

    /// <summary>Parses <c>yyyy-mm-dd</c> or an ISO 8601 date-time (the date as written, offset ignored).</summary>
    internal static DateOnly? ParseDate(string value)
    {
        string trimmed = value.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return day;
        }

        if (DateTimeOffset.TryParseExact(
            trimmed, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset moment))
        {
            return DateOnly.FromDateTime(moment.DateTime);
        }

        return null;
    }

    private static string? Scalar(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
