using QuoteAttribution.Text;

namespace QuoteAttribution.Normalization;

/// <summary>
/// Removes a paragraph that repeats an earlier one word for word (scrapers often take a story twice),
/// so its statements are reported once. Short lines ("Comments") are left to the other rules.
/// </summary>
/// <example>the same 200-character paragraph a second time → the second copy removed</example>
public sealed class RepeatedParagraphRule : IBoilerplateRule
{
    private const int MinLength = 40;

    /// <inheritdoc/>
    public string Name => "repeated-paragraph";

    /// <inheritdoc/>
    public IEnumerable<TextSpan> Find(string text, IReadOnlyList<TextSpan> lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lines);
        // The lines are compared where they stand in the text: no copy of every paragraph as a string.
        HashSet<TextSpan> seen = new(new SameCharacters(text));
        foreach (TextSpan line in lines)
        {
            TextSpan trimmed = Trim(text, line);
            if (trimmed.Length < MinLength)
            {
                continue;
            }

            if (!seen.Add(trimmed))
            {
                yield return line;
            }
        }
    }

    private static TextSpan Trim(string text, TextSpan line)
    {
        ReadOnlySpan<char> chars = line.Of(text);
        int start = line.Start + (chars.Length - chars.TrimStart().Length);
        return TextSpan.FromBounds(start, Math.Max(start, line.End - (chars.Length - chars.TrimEnd().Length)));
    }

    /// <summary>Spans of one text are equal when they hold the same characters (ordinal).</summary>
    /// <remarks>
    /// The hash reads the length and three characters, not the whole paragraph: different paragraphs
    /// almost never agree on all four, and <see cref="Equals(TextSpan, TextSpan)"/> decides anyway.
    /// </remarks>
    private sealed class SameCharacters(string text) : IEqualityComparer<TextSpan>
    {
        public bool Equals(TextSpan x, TextSpan y) => x.Of(text).SequenceEqual(y.Of(text));

        public int GetHashCode(TextSpan span) => span.Length == 0 ? 0
            : HashCode.Combine(span.Length, text[span.Start], text[span.Start + (span.Length / 2)], text[span.End - 1]);
    }
}
