using System.Globalization;
using System.Text.RegularExpressions;
using QuoteAttribution.Text;

namespace QuoteAttribution.Dates;

/// <summary>
/// Finds an article's own date in its text: a labelled date (<c>Published: 2015-10-9 0:33:01</c>) near the
/// top first, then the first full date in the opening characters (<c>Oct. 6, 2015</c>, <c>6 October
/// 2015</c>, <c>2015-10-06</c>), then the first full date anywhere. A <c>date</c> given with the article
/// (the JSONL field) is better than any of these; the caller prefers it.
/// </summary>
/// <remarks>
/// We write our own date reading because no Microsoft.Recognizers.Text package can be restored here;
/// news datelines need only these few shapes.
/// </remarks>
internal static class DatelineFinder
{
    /// <summary>How far from the top a date counts as the article's date line.</summary>
    public const int TopLength = 600;

    /// <summary>How far from the top a labelled date (<c>Published:</c>) is looked for.</summary>
    public const int LabelledLength = 2000;

    /// <summary>The article's date, or null when the text has no full date.</summary>
    /// <example><c>"Source:Agencies Published: 2015-10-9 0:33:01"</c> → 2015-10-09</example>
    public static Dateline? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Dateline? first = null;
        Dateline? firstAtTop = null;
        foreach (Dateline candidate in All(text))
        {
            if (candidate.Span.Start < LabelledLength && IsLabelled(text, candidate.Span.Start))
            {
                return candidate;
            }

            first ??= candidate;
            if (candidate.Span.Start < TopLength)
            {
                firstAtTop ??= candidate;
            }
            else if (firstAtTop is not null && candidate.Span.Start >= LabelledLength)
            {
                break;
            }
        }

        return firstAtTop ?? first;
    }

    /// <summary>Every full date in <paramref name="text"/>, in reading order.</summary>
    /// <remarks>
    /// The two patterns' matches are merged as they are found (a written date first when both start at one
    /// offset), so <see cref="Find"/> stops reading once it has its date instead of matching the whole text.
    /// </remarks>
    public static IEnumerable<Dateline> All(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!DatePatterns.MayHoldYear(text))
        {
            yield break;
        }

        Match written = DatePatterns.WrittenDateRegex().Match(text);
        Match iso = DatePatterns.IsoDateRegex().Match(text);
        while (written.Success || iso.Success)
        {
            bool takeWritten = written.Success && (!iso.Success || written.Index <= iso.Index);
            Match match = takeWritten ? written : iso;
            if (ToDate(match) is DateOnly date)
            {
                yield return new Dateline(date, new TextSpan(match.Index, match.Length));
            }

            // Only now: a caller that has its date never pays for the search for the next one.
            if (takeWritten)
            {
                written = written.NextMatch();
            }
            else
            {
                iso = iso.NextMatch();
            }
        }
    }

    private static DateOnly? ToDate(Match match)
    {
        int year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        int month = match.Groups["mm"].Success
            ? int.Parse(match.Groups["mm"].ValueSpan, CultureInfo.InvariantCulture)
            : DatePatterns.MonthNumber(match.Groups["month"].ValueSpan);
        return DatePatterns.TryDate(year, month, day);
    }

    private static bool IsLabelled(string text, int dateStart)
    {
        int from = Math.Max(0, dateStart - 24);
        return DatePatterns.LabelRegex().IsMatch(text.AsSpan(from, dateStart - from));
    }
}
