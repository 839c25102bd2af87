using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DataTypes.TimexExpression;
using Microsoft.Recognizers.Text.DateTime;

namespace QuoteAttribution.Dates;

/// <summary>
/// Reads a temporal phrase with the DateTime model of Microsoft.Recognizers.Text and caches the reading by
/// phrase. The model is built on first use, once per process (about a quarter of a CPU second with the
/// tool's precompiled assemblies: hundreds of regular expressions, type loading), so a run whose articles need
/// no date never pays for it.
/// </summary>
/// <remarks>
/// The recognizer writes relative phrases (<c>yesterday</c>, <c>last Friday</c>) as absolute TIMEX of its
/// reference date. A phrase is read against two reference dates of different weekdays, months and years:
/// the same TIMEX means it names calendar fields; the same distance from the reference, a shift in days;
/// the same weekday before the reference, a weekday before the dateline. So the cached reading does not
/// depend on any article's dateline.
/// </remarks>
internal static class PhraseReader
{
    /// <summary>How many phrases the cache keeps; past this, phrases are read again each time.</summary>
    public const int CacheLimit = 20_000;

    // A Wednesday and a Thursday in different months and years.
    private static readonly DateTime FirstReference = new(2001, 3, 14, 12, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime SecondReference = new(2002, 8, 1, 12, 0, 0, DateTimeKind.Unspecified);

    private static readonly Lazy<DateTimeModel> Model = new(BuildModel, LazyThreadSafetyMode.ExecutionAndPublication);

    // By phrase in lower case: the model lower-cases what it reads, so "On Monday" and "on Monday" read alike.
    private static readonly ConcurrentDictionary<string, PhraseReading?> Cache = new(StringComparer.Ordinal);

    /// <summary>The reading of the first expression in <paramref name="phrase"/> that names a single day, or null.</summary>
    /// <example><c>"on Wednesday"</c> → <c>XXXX-WXX-3</c>, calendar; <c>"two days ago"</c> → -2 days; <c>"last week"</c> → null</example>
    public static PhraseReading? Read(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string key = phrase.ToLowerInvariant();
        if (Cache.TryGetValue(key, out PhraseReading? cached))
        {
            return cached;
        }

        PhraseReading? reading = ReadUncached(key);
        if (Cache.Count < CacheLimit)
        {
            Cache.TryAdd(key, reading);
        }

        return reading;
    }

    // The English (United States) DateTime model, as DateTimeRecognizer registers it, built directly: through the
    // recognizer its model factory first builds and caches models by culture and options (about a tenth of the
    // build, and code that is JIT-compiled at run time) for the one model used here. One configuration serves
    // its extractor and its parser (SharedDateTimeConfiguration: the library's own builds every part twice).
    // Internal for the test that compares it with the library's model.
    internal static DateTimeModel BuildModel()
    {
        SharedDateTimeConfiguration configuration = new(new BaseDateTimeOptionsConfiguration(Culture.English, DateTimeOptions.None, dmyDateFormat: false));
        return new DateTimeModel(new BaseMergedDateTimeParser(configuration), new BaseMergedDateTimeExtractor(configuration));
    }

    private static PhraseReading? ReadUncached(string phrase)
    {
        try
        {
            return ReadFirstDay(phrase);
        }
        catch (CultureNotFoundException e)
        {
            throw new InvalidOperationException(
                "Statement dates need the recognizer's culture (en-us): with InvariantGlobalization, set PredefinedCulturesOnly to false.", e);
        }
    }

    private static PhraseReading? ReadFirstDay(string phrase)
    {
        foreach (ModelResult result in Model.Value.Parse(phrase, FirstReference))
        {
            if (DayTimex(result) is not string timex)
            {
                continue;
            }

            TimexProperty first = new(timex);
            if (first.Year is null)
            {
                return new PhraseReading(timex, ReadingAnchor.Calendar);
            }

            return Relative(timex, first, SecondReading(phrase, result));
        }

        return null;
    }

    // The same expression read against the second reference date.
    private static TimexProperty? SecondReading(string phrase, ModelResult first)
    {
        foreach (ModelResult result in Model.Value.Parse(phrase, SecondReference))
        {
            if (result.Start == first.Start && DayTimex(result) is string timex)
            {
                return new TimexProperty(timex);
            }
        }

        return null;
    }

    private static PhraseReading? Relative(string timex, TimexProperty first, TimexProperty? second)
    {
        if (second is null || DateOf(first) is not DateOnly firstDay || DateOf(second) is not DateOnly secondDay)
        {
            return null;
        }

        if (second.TimexValue == first.TimexValue)
        {
            return new PhraseReading(timex, ReadingAnchor.Calendar);
        }

        int firstShift = firstDay.DayNumber - DateOnly.FromDateTime(FirstReference).DayNumber;
        int secondShift = secondDay.DayNumber - DateOnly.FromDateTime(SecondReference).DayNumber;
        if (firstShift == secondShift)
        {
            return new PhraseReading(timex, ReadingAnchor.DaysFromDateline, firstShift);
        }

        bool sameWeekdayBefore = firstDay.DayOfWeek == secondDay.DayOfWeek && firstShift < 0 && secondShift < 0;
        return sameWeekdayBefore ? new PhraseReading(WeekdayTimex(firstDay.DayOfWeek), ReadingAnchor.WeekdayBeforeDateline) : null;
    }

    /// <summary>The TIMEX of a result that names one day (a date, a time on a day, a part of a day), else null.</summary>
    private static string? DayTimex(ModelResult result)
    {
        bool dayType = result.TypeName is "datetimeV2.date" or "datetimeV2.datetime" or "datetimeV2.datetimerange";
        if (!dayType || result.Resolution is null || !result.Resolution.TryGetValue("values", out object? values)
            || values is not IEnumerable<IDictionary<string, string>> entries)
        {
            return null;
        }

        foreach (IDictionary<string, string> entry in entries)
        {
            // A range of days is written "(start,end,duration)"; a modifier other than the start or end of the day
            // ("early Monday", "late Wednesday") makes a span ("before Tuesday", "since Friday").
            bool partOfDay = !entry.TryGetValue("Mod", out string? mod) || mod is "start" or "end" or "mid";
            if (entry.TryGetValue("timex", out string? timex) && !timex.StartsWith('(') && partOfDay)
            {
                TimexProperty property = new(timex);
                return property.DayOfMonth is not null || property.DayOfWeek is not null ? timex : null;
            }
        }

        return null;
    }

    private static DateOnly? DateOf(TimexProperty timex) =>
        timex is { Year: int year, Month: int month, DayOfMonth: int day } ? DatePatterns.TryDate(year, month, day) : null;

    // TIMEX counts weekdays from Monday = 1 to Sunday = 7.
    private static string WeekdayTimex(DayOfWeek day) =>
        "XXXX-WXX-" + (day == DayOfWeek.Sunday ? 7 : (int)day).ToString(CultureInfo.InvariantCulture);
}
