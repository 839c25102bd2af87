using System.Text;

namespace QuoteAttribution.Reading;

/// <summary>
/// Reads lines as <see cref="TextReader.ReadLine"/> does (ended by <c>\n</c>, <c>\r</c> or <c>\r\n</c>), but
/// a line longer than <see cref="MaxLineChars"/> is passed over without being kept: one 200 MB JSON Lines
/// line costs a 64 K buffer, not the line twice over.
/// </summary>
internal sealed class BoundedLineReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[65536];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;
    private bool _skipLineFeed;

    /// <summary>Reads <paramref name="reader"/>, starting with <paramref name="pending"/> when the caller already took it off.</summary>
    public BoundedLineReader(TextReader reader, int maxLineChars, string pending = "")
    {
        _reader = reader;
        MaxLineChars = maxLineChars;
        pending.CopyTo(0, _buffer, 0, pending.Length);
        _length = pending.Length;
    }

    /// <summary>The longest line kept.</summary>
    public int MaxLineChars { get; }

    /// <summary>
    /// The next line; <c>Text</c> is null at the end of input, and also for a line over the bound, which
    /// <c>TooLong</c> marks (it was read past, not kept).
    /// </summary>
    public (string? Text, bool TooLong) ReadLine()
    {
        _line.Clear();
        bool any = false;
        bool tooLong = false;
        while (true)
        {
            if (_position == _length && !Refill())
            {
                return any ? (tooLong ? null : _line.ToString(), tooLong) : (null, false);
            }

            if (_skipLineFeed)
            {
                _skipLineFeed = false;
                if (_buffer[_position] == '\n')
                {
                    _position++;
                    continue;
                }
            }

            any = true;
            int start = _position;
            int end = _buffer.AsSpan(start, _length - start).IndexOfAny('\r', '\n');
            int stop = end < 0 ? _length : start + end;
            if (!tooLong)
            {
                tooLong = _line.Length + (stop - start) > MaxLineChars;
                _line.Append(_buffer, start, tooLong ? 0 : stop - start);
            }

            _position = stop;
            if (end >= 0)
            {
                _skipLineFeed = _buffer[_position] == '\r';
                _position++;
                return (tooLong ? null : _line.ToString(), tooLong);
            }
        }
    }

    private bool Refill()
    {
        _position = 0;
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        return _length > 0;
    }
}
