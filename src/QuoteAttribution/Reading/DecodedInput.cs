using System.Text;

namespace QuoteAttribution.Reading;

/// <summary>
/// An input stream sniffed and opened as text: the byte-order mark picks UTF-8, UTF-16 LE or UTF-16 BE
/// (UTF-8 without one), the mark itself is not part of the text, and invalid bytes become U+FFFD while
/// <see cref="Replacements"/> counts them.
/// </summary>
internal sealed class DecodedInput : IDisposable
{
    /// <summary>How many leading bytes are checked for NUL (the binary-file test).</summary>
    public const int SniffLength = 8192;

    private readonly TrackingReplacementFallback _fallback;

    private DecodedInput(TextReader reader, TrackingReplacementFallback fallback)
    {
        Reader = reader;
        _fallback = fallback;
    }

    /// <summary>The decoded text, positioned after any byte-order mark.</summary>
    public TextReader Reader { get; }

    /// <summary>Invalid byte sequences replaced by U+FFFD so far.</summary>
    public int Replacements => _fallback.Replacements;

    /// <summary>Opens <paramref name="stream"/> (taking ownership), or says why it is not text.</summary>
    public static DecodedInput? Open(Stream stream, out string? problem)
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
        (Encoding baseEncoding, int bomLength) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => ((Encoding)new UTF8Encoding(false), 3),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
            _ => (new UTF8Encoding(false), 0),
        };

        // UTF-16 text is full of NUL bytes; only 8-bit inputs can be told binary this way.
        if (bomLength != 2 && bytes.Contains((byte)0))
        {
            stream.Dispose();
            problem = "binary file (NUL bytes), not text";
            return null;
        }

        TrackingReplacementFallback fallback = new();
        Encoding encoding = (Encoding)baseEncoding.Clone();
        encoding.DecoderFallback = fallback;
        PrefixedStream rest = new(head.AsMemory(bomLength, length - bomLength), stream);
        StreamReader reader = new(rest, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 65536);
        problem = null;
        return new DecodedInput(reader, fallback);
    }

    /// <inheritdoc/>
    public void Dispose() => Reader.Dispose();

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
