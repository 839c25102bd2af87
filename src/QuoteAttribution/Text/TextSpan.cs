namespace QuoteAttribution.Text;

/// <summary>A range of UTF-16 code units in an article's text, end exclusive.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no character.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from its start and exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="position"/> lies inside the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool Overlaps(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}
