using System.Text.RegularExpressions;

namespace QuoteAttribution.Dates;

/// <summary>
/// The full dates of a dateline (<c>Oct. 6, 2015</c>, <c>6 October 2015</c>, <c>2015-10-06</c>) and its label
/// (<c>Published:</c>), as compiled patterns. Every article's dateline is looked for, so this stays a few
/// cheap patterns; the temporal expressions of statements are read by the recognizer (see README.md).
/// </summary>
internal static partial class DatePatterns
{
    // "Oct.", "October", "Sept", "Sep." — followed by a day number in every pattern that uses it.
    private const string Month =
        @"(?<month>Jan(uary|\.)?|Feb(ruary|\.)?|Mar(ch|\.)?|Apr(il|\.)?|May|Jun(e|\.)?|Jul(y|\.)?|Aug(ust|\.)?|Sep(t(ember|\.)?|\.)?|Oct(ober|\.)?|Nov(ember|\.)?|Dec(ember|\.)?)";

    private const string Day = @"(?<day>[0-3]?\d)(st|nd|rd|th)?";

    private const string Year = @"(?<year>(19|20)\d\d)";

    // "October 6, 2015", "Oct. 6, 2015", "Nov 21, 2018 10:05 AM"
    private const string MonthDayYear = @"\b" + Month + @"\s+" + Day + @",?\s+" + Year + @"\b";

    // "6 October 2015", "6th of October, 2015"
    private const string DayMonthYear = @"\b" + Day + @"\s+(of\s+)?" + Month + @",?\s+" + Year + @"\b";

    // "2015-10-06", "2015-10-9 0:33:01", "2015/10/06", "2015-10-06T08:00:00Z"
    private const string Iso = @"\b" + Year + @"[-/](?<mm>[01]?\d)[-/](?<day>[0-3]?\d)(?!\d)";

    // "Published: ", "Updated ", "Posted on" just before a date
    private const string Label = @"\b(published|posted|updated|date|dated)\b\s*(on)?\s*:?\s*$";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(MonthDayYear + "|" + DayMonthYear, Options)]
    internal static partial Regex WrittenDateRegex();

    [GeneratedRegex(Iso, Options)]
    internal static partial Regex IsoDateRegex();

    [GeneratedRegex(Label, Options | RegexOptions.IgnoreCase)]
    internal static partial Regex LabelRegex();

    /// <summary>
    /// False only when no pattern with a <c>(19|20)\d\d</c> year (<see cref="WrittenDateRegex"/>,
    /// <see cref="IsoDateRegex"/>) can match: most sentences and many articles hold no year, and this scan
    /// is far cheaper than the patterns' search. <c>\d</c> is any Unicode decimal digit, as in the patterns.
    /// </summary>
    public static bool MayHoldYear(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOfAny('1', '2'); i >= 0 && i + 3 < text.Length; i = NextOneOrTwo(text, i + 1))
        {
            if (((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextOneOrTwo(ReadOnlySpan<char> text, int from)
    {
        int next = text[from..].IndexOfAny('1', '2');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The month (1–12) a matched month name stands for.</summary>
    public static int MonthNumber(ReadOnlySpan<char> name) => char.ToLowerInvariant(name[0]) switch
    {
        'j' when name.Length > 1 && name[1] is 'a' => 1,
        'j' when name.Length > 2 && name[2] is 'n' => 6,
        'j' => 7,
        'f' => 2,
        'm' when name.Length > 2 && name[2] is 'r' => 3,
        'm' => 5,
        'a' when name.Length > 1 && name[1] is 'p' => 4,
        'a' => 8,
        's' => 9,
        'o' => 10,
        'n' => 11,
        _ => 12,
    };

    /// <summary>The date, or null when the numbers are no calendar date (<c>February 30</c>).</summary>
    public static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
