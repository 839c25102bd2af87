namespace QuoteAttribution.Reading;

/// <summary>Maps file extensions onto <see cref="InputFormat"/>.</summary>
internal static class InputFormats
{
    /// <summary>The format for <paramref name="path"/>, or null when the extension is not one we read.</summary>
    public static InputFormat? FromPath(string path) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".TXT" => InputFormat.Text,
            ".HTML" or ".HTM" => InputFormat.Html,
            ".JSONL" or ".NDJSON" => InputFormat.JsonLines,
            _ => null,
        };
}
