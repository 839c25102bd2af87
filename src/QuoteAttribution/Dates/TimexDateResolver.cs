using Microsoft.Recognizers.Text.DataTypes.TimexExpression;

namespace QuoteAttribution.Dates;

/// <summary>
/// Resolves a phrase's reading against the article's dateline, the way news writes days: a weekday
/// (<c>on Wednesday</c>, <c>Thursday morning</c>) is the most recent such day on or before the dateline;
/// <c>last Friday</c> the most recent Friday before it; a month and day (<c>on Aug. 20</c>) is in the latest
/// year that puts it no more than a week after the dateline (so <c>Jan. 4</c> in a story of Dec. 30 is next
/// year's, <c>Dec. 24</c> in a story of October last year's); <c>yesterday</c> and <c>two days ago</c> count
/// back from it, up to a week. A day after the dateline counted from it (<c>tomorrow</c>) is no day a
/// statement was made.
/// </summary>
internal static class TimexDateResolver
{
    /// <summary>How far after the dateline a month-and-day may be before it is read as last year's.</summary>
    public const int FutureToleranceDays = 7;

    /// <summary>
    /// How far back a day counted from the dateline may be: news dates statements by <c>yesterday</c> or
    /// <c>three days ago</c>; <c>six months ago</c> dates an event, and is months, not days.
    /// </summary>
    public const int MaxDaysBack = 7;

    /// <summary>The day <paramref name="reading"/> names in an article of <paramref name="dateline"/>, or null.</summary>
    /// <example><c>XXXX-WXX-3</c> (Wednesday), dateline 2015-10-08 (a Thursday) → 2015-10-07</example>
    public static DateOnly? Resolve(PhraseReading reading, DateOnly dateline)
    {
        ArgumentNullException.ThrowIfNull(reading);
        TimexProperty timex = new(reading.Timex);
        return reading.Anchor switch
        {
            ReadingAnchor.DaysFromDateline => reading.Days is <= 0 and >= -MaxDaysBack ? dateline.AddDays(reading.Days) : null,
            ReadingAnchor.WeekdayBeforeDateline when Weekday(timex) is DayOfWeek day =>
                DateOnly.FromDateTime(TimexDateHelpers.DateOfLastDay(day, dateline.ToDateTime(TimeOnly.MinValue))),
            ReadingAnchor.Calendar => Calendar(timex, dateline),
            _ => null,
        };
    }

    private static DateOnly? Calendar(TimexProperty timex, DateOnly dateline)
    {
        if (timex is { Year: int year, Month: int month, DayOfMonth: int day })
        {
            return DatePatterns.TryDate(year, month, day);
        }

        if (timex is { Year: null, Month: int everyMonth, DayOfMonth: int everyDay })
        {
            return LatestYear(everyMonth, everyDay, dateline);
        }

        if (timex is { Year: null, Month: null, WeekOfYear: null, WeekOfMonth: null } && Weekday(timex) is DayOfWeek weekday)
        {
            DateTime onOrBefore = dateline.DayOfWeek == weekday
                ? dateline.ToDateTime(TimeOnly.MinValue)
                : TimexDateHelpers.DateOfLastDay(weekday, dateline.ToDateTime(TimeOnly.MinValue));
            return DateOnly.FromDateTime(onOrBefore);
        }

        return null;
    }

    private static DateOnly? LatestYear(int month, int day, DateOnly dateline)
    {
        DateOnly latest = dateline.AddDays(FutureToleranceDays);
        // Within a year of the dateline: news names an older day with its year ("Feb. 29" in a story of 2015 is none).
        for (int year = dateline.Year + 1; year >= dateline.Year - 1; year--)
        {
            if (DatePatterns.TryDate(year, month, day) is DateOnly date && date <= latest)
            {
                return date;
            }
        }

        return null;
    }

    // TIMEX counts weekdays from Monday = 1 to Sunday = 7.
    private static DayOfWeek? Weekday(TimexProperty timex) => timex.DayOfWeek switch
    {
        int d and >= 1 and <= 6 => (DayOfWeek)d,
        7 => DayOfWeek.Sunday,
        _ => null,
    };
}
