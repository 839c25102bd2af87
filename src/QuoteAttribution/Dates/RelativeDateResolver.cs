using System.Globalization;
using System.Text.RegularExpressions;

namespace QuoteAttribution.Dates;

/// <summary>
/// Resolves the day a statement was made from words near it and the article's dateline, the way news
/// writes them: a weekday (<c>on Wednesday</c>, <c>Thursday morning</c>) is the most recent such day on or
/// before the dateline; <c>today</c> and <c>yesterday</c> count from it; a month and day (<c>on Aug. 20</c>)
/// is in the latest year that puts it no more than a week after the dateline (so <c>Jan. 4</c> in a story of
/// Dec. 30 is next year's, <c>Dec. 24</c> in a story of October last year's).
/// Spans of time (<c>last week</c>, <c>last month</c>, <c>in 2012</c>) name no single day: null.
/// </summary>
internal static class RelativeDateResolver
{
    /// <summary>How far after the dateline a month-and-day may be before it is read as last year's.</summary>
    public const int FutureToleranceDays = 7;

    /// <summary>The date of the first day expression in <paramref name="phrase"/>, or null.</summary>
    /// <example>dateline 2015-10-08 (Thursday), <c>"said on Wednesday"</c> → 2015-10-07</example>
    public static DateOnly? Resolve(DateOnly dateline, string phrase) => Resolve(dateline, phrase, anchor: 0);

    /// <summary>
    /// The date of the day expression in <paramref name="text"/> nearest to offset <paramref name="anchor"/>
    /// (the cue), or null.
    /// </summary>
    public static DateOnly? Resolve(DateOnly dateline, string text, int anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        DateOnly? best = null;
        int bestDistance = int.MaxValue;
        foreach ((int index, DateOnly date) in Candidates(dateline, text))
        {
            int distance = Math.Abs(index - anchor);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (date, distance);
            }
        }

        return best;
    }

    private static DateOnly? NearestYear(DateOnly dateline, int month, int day)
    {
        DateOnly latest = dateline.AddDays(FutureToleranceDays);
        for (int year = dateline.Year + 1; year >= dateline.Year - 1; year--)
        {
            if (DatePatterns.TryDate(year, month, day) is DateOnly date && date <= latest)
            {
                return date;
            }
        }

        return null;
    }

    private static IEnumerable<(int Index, DateOnly Date)> Candidates(DateOnly dateline, string text)
    {
        // Each pattern runs only where it can match: every weekday name ends in "day" (that pattern is
        // case-sensitive) and every month-and-day has a digit; most sentences have neither.
        if (text.Contains("day", StringComparison.Ordinal))
        {
            foreach (Match m in DatePatterns.WeekdayRegex().Matches(text))
            {
                DayOfWeek weekday = DatePatterns.WeekdayOf(m.Groups["weekday"].ValueSpan);
                int back = ((int)dateline.DayOfWeek - (int)weekday + 7) % 7;
                if (back == 0 && m.Groups["last"].Success)
                {
                    back = 7;
                }

                yield return (m.Index, dateline.AddDays(-back));
            }
        }

        foreach (Match m in DatePatterns.DayWordRegex().Matches(text))
        {
            string word = m.Groups["word"].Value.ToLowerInvariant();
            if (word != "tomorrow")
            {
                yield return (m.Index, word == "yesterday" ? dateline.AddDays(-1) : dateline);
            }
        }

        if (!DatePatterns.MayHoldDayNumber(text))
        {
            yield break;
        }

        foreach (Match m in DatePatterns.MonthDayRegex().Matches(text))
        {
            int month = DatePatterns.MonthNumber(m.Groups["month"].ValueSpan);
            int day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
            DateOnly? date = NearestYear(dateline, month, day);
            if (date is DateOnly resolved)
            {
                yield return (m.Index, resolved);
            }
        }

        foreach (Dateline full in DatelineFinder.All(text))
        {
            yield return (full.Span.Start, full.Date);
        }
    }
}
