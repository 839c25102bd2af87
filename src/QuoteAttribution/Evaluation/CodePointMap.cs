namespace QuoteAttribution.Evaluation;

/// <summary>
/// Converts between UTF-16 offsets (system records) and code point offsets (gold files) of one text,
/// exactly as <c>score.py</c>'s <c>utf16_to_cp</c> does: both halves of a surrogate pair map to the
/// code point they encode, and offsets outside the text are clamped to it.
/// </summary>
internal sealed class CodePointMap
{
    private readonly int[] _toCodePoint;
    private readonly int[] _toUtf16;

    public CodePointMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _toCodePoint = new int[text.Length + 1];
        List<int> toUtf16 = new(text.Length + 1);
        int codePoint = 0;
        for (int i = 0; i < text.Length; i++)
        {
            toUtf16.Add(i);
            _toCodePoint[i] = codePoint;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                _toCodePoint[i] = codePoint;
            }

            codePoint++;
        }

        _toCodePoint[text.Length] = codePoint;
        toUtf16.Add(text.Length);
        _toUtf16 = [.. toUtf16];
    }

    /// <summary>Number of code points in the text.</summary>
    public int CodePointLength => _toUtf16.Length - 1;

    /// <summary>The code point offset of a UTF-16 offset, clamped to the text (Python's <c>conv</c>).</summary>
    public int ToCodePoint(long utf16Offset) =>
        _toCodePoint[(int)Math.Clamp(utf16Offset, 0, _toCodePoint.Length - 1)];

    /// <summary>The UTF-16 offset of a code point offset, clamped to the text.</summary>
    public int ToUtf16(long codePointOffset) =>
        _toUtf16[(int)Math.Clamp(codePointOffset, 0, _toUtf16.Length - 1)];

    /// <summary>Python's <c>text[start:end]</c> with code point offsets.</summary>
    public string Slice(string text, long codePointStart, long codePointEnd)
    {
        int start = ToUtf16(codePointStart);
        int end = ToUtf16(codePointEnd);
        return end > start ? text[start..end] : "";
    }

    /// <summary>Python's <c>s[:count]</c>: the first <paramref name="count"/> code points of a string.</summary>
    public static string Prefix(string s, int count)
    {
        ArgumentNullException.ThrowIfNull(s);
        int i = 0;
        for (int taken = 0; i < s.Length && taken < count; taken++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        return s[..i];
    }
}
