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
        HashSet<string> seen = new(StringComparer.Ordinal);
        foreach (TextSpan line in lines)
        {
            ReadOnlySpan<char> trimmed = line.Of(text).Trim();
            if (trimmed.Length < MinLength)
            {
                continue;
            }

            if (!seen.Add(trimmed.ToString()))
            {
                yield return line;
            }
        }
    }
}
