using System.Text;

namespace QuoteAttribution.Reading;

/// <summary>
/// An input stream sniffed and opened as text: the byte-order mark picks UTF-8, UTF-16 or UTF-32 (either
/// byte order), an HTML page without one may name windows-1252 or ISO-8859-1 in its <c>&lt;meta&gt;</c>
/// charset, else UTF-8; the mark itself is not part of the text, and invalid bytes become U+FFFD while
/// <see cref="Replacements"/> counts them. Input whose start is mostly control characters or invalid
/// bytes is refused as not text.
/// </summary>
internal sealed class DecodedInput : IDisposable
{
    /// <summary>How many leading bytes are checked for NUL and control characters (the binary-file test).</summary>
    public const int SniffLength = 8192;

    /// <summary>Above this share of control or replacement characters in the sniffed start, input is not text.</summary>
    public const double MaxNonTextShare = 0.25;

    private readonly TrackingReplacementFallback _fallback;

    private DecodedInput(TextReader reader, TrackingReplacementFallback fallback, string encodingName)
    {
        Reader = reader;
        _fallback = fallback;
        EncodingName = encodingName;
    }

    /// <summary>The decoded text, positioned after any byte-order mark.</summary>
    public TextReader Reader { get; }

    /// <summary>Invalid byte sequences replaced by U+FFFD so far.</summary>
    public int Replacements => _fallback.Replacements;

    /// <summary>The encoding the bytes were read as, for messages (<c>UTF-8</c>, <c>UTF-16 LE</c>).</summary>
    public string EncodingName { get; }

    /// <summary>Opens <paramref name="stream"/> (taking ownership), or says why it is not text.</summary>
    /// <param name="stream">The input.</param>
    /// <param name="problem">Why the input is not text, when null is returned.</param>
    /// <param name="html">True for an HTML page, whose <c>&lt;meta charset&gt;</c> is honoured.</param>
    public static DecodedInput? Open(Stream stream, out string? problem, bool html = false)
    {
        byte[] head = new byte[SniffLength];
        int length = Fill(stream, head);
        if (length == 0)
        {
            stream.Dispose();
            problem = "file is empty";
            return null;
        }

        ReadOnlySpan<byte> bytes = head.AsSpan(0, length);
        (Encoding baseEncoding, int bomLength, string name) = ByteOrderMark(bytes);
        if (bomLength == 0 && html && HtmlCharset.Declared(bytes) is { } declared)
        {
            (baseEncoding, name) = (declared, declared.WebName);
        }

        problem = NonTextReason(bytes, baseEncoding, bomLength);
        if (problem is not null)
        {
            stream.Dispose();
            return null;
        }

        TrackingReplacementFallback fallback = new();
        Encoding encoding = (Encoding)baseEncoding.Clone();
        encoding.DecoderFallback = fallback;
        PrefixedStream rest = new(head.AsMemory(bomLength, length - bomLength), stream);
        StreamReader reader = new(rest, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 65536);
        return new DecodedInput(reader, fallback, name);
    }

    /// <inheritdoc/>
    public void Dispose() => Reader.Dispose();

    private static (Encoding Encoding, int BomLength, string Name) ByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        // UTF-32 LE starts like UTF-16 LE (FF FE), so it is tested first.
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4, "UTF-32 LE"),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4, "UTF-32 BE"),
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3, "UTF-8"),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2, "UTF-16 LE"),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2, "UTF-16 BE"),
        _ => (new UTF8Encoding(false), 0, "UTF-8"),
    };

    /// <summary>
    /// Why the sniffed start is not text, or null. 8-bit input with NUL bytes is binary (UTF-16 and UTF-32
    /// text is full of them); otherwise the start is decoded and refused when more than
    /// <see cref="MaxNonTextShare"/> of it is control characters (other than white space) or invalid bytes.
    /// </summary>
    private static string? NonTextReason(ReadOnlySpan<byte> bytes, Encoding encoding, int bomLength)
    {
        bool wide = encoding is UnicodeEncoding or UTF32Encoding;
        if (!wide && bytes.Contains((byte)0))
        {
            return "binary file (NUL bytes), not text";
        }

        // When the sniff length cut the input, its last bytes may be half a character; they are not counted.
        int end = bytes.Length == SniffLength ? bytes.Length - 4 : bytes.Length;
        string sample = encoding.GetString(bytes[bomLength..Math.Max(bomLength, end)]);
        int bad = 0;
        foreach (char c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && !char.IsWhiteSpace(c)))
            {
                bad++;
            }
        }

        if (sample.Length == 0 || bad <= sample.Length * MaxNonTextShare)
        {
            return null;
        }

        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"not text: {bad} of the first {sample.Length} characters are control characters or invalid bytes");
    }

    private static int Fill(Stream stream, byte[] buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = stream.Read(buffer, total, buffer.Length - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }
}
