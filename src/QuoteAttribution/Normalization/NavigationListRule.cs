using QuoteAttribution.Text;

namespace QuoteAttribution.Normalization;

/// <summary>
/// Removes scraped lists of other headlines: bullet lines that hold only a dash or a bullet, and
/// headline lines that end in a dash and a date (<c>Tips for becoming a good boxer - November 6, 2020</c>).
/// </summary>
/// <example>7 expert tips for making your hens night a memorable one - November 6, 2020 → removed</example>
public sealed partial class NavigationListRule : IBoilerplateRule
{
    /// <inheritdoc/>
    public string Name => "navigation-list";

    /// <inheritdoc/>
    public IEnumerable<TextSpan> Find(string text, IReadOnlyList<TextSpan> lines)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(lines);
        foreach (TextSpan line in lines)
        {
            ReadOnlySpan<char> trimmed = line.Of(text).Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            bool bulletOnly = trimmed.Length <= 2 && (CharClass.IsDash(trimmed[0]) || trimmed[0] is '*' or '\u2022');
            if (bulletOnly || (trimmed.Length < 300 && HeadlineWithDateRegex().IsMatch(trimmed)))
            {
                yield return line;
            }
        }
    }

    // "Our Top Inspirational Baseball Stars - November 24, 2018"
    private const string HeadlineWithDate =
        @"\s[-\u2013\u2014]\s(January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},\s\d{4}$";

    [System.Text.RegularExpressions.GeneratedRegex(HeadlineWithDate,
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture)]
    private static partial System.Text.RegularExpressions.Regex HeadlineWithDateRegex();
}
