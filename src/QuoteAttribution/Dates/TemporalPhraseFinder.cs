using System.Collections.Frozen;
using QuoteAttribution.Text;

namespace QuoteAttribution.Dates;

/// <summary>
/// The cheap pass before the recognizer: finds the words of a sentence that can start a temporal expression
/// (a weekday, a month, <c>yesterday</c>, <c>ago</c>, a numeric date) and widens each to the run of
/// date-like words around it (<c>on Oct. 6, 2014</c>, <c>two days ago</c>, <c>last Friday morning</c>).
/// It decides no dates: the recognizer reads each phrase that may name a day (<see cref="MayNameDay"/>). Short
/// phrases keep the recognizer's cost low and repeat across articles, so its answers can be cached by phrase.
/// </summary>
internal static class TemporalPhraseFinder
{
    /// <summary>The most words a phrase takes; date expressions in news are shorter.</summary>
    public const int MaxWords = 7;

    // Words that start a phrase. Weekday and month names only capitalised: "a wednesday meeting",
    // "it may rain" name no day. The parts of a day start "this morning", "last night"; "week" and "month"
    // start spans ("last week"), which the recognizer reads as no single day.
    private static readonly FrozenSet<string> Weekdays = FrozenSet.Create(StringComparer.Ordinal,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static readonly FrozenSet<string> Months = FrozenSet.Create(StringComparer.Ordinal,
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    private static readonly FrozenSet<string> CapitalisedTriggers = FrozenSet.Create(StringComparer.Ordinal, [.. Weekdays, .. Months]);

    // Words that name a day counted from the dateline on their own.
    private static readonly FrozenSet<string> DayWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "today", "yesterday", "tonight", "tomorrow");

    private static readonly FrozenSet<string> PartsOfDay = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "morning", "afternoon", "evening", "night");

    // The units of "... ago" that can stay within the week a statement's day is counted back ("two days ago",
    // "a week ago"); months and years ago are spans or older than any statement day.
    private static readonly FrozenSet<string> AgoUnits = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "day", "days", "week");

    private static readonly FrozenSet<string> Triggers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "today", "yesterday", "tonight", "tomorrow", "ago", "morning", "afternoon", "evening", "night", "week", "weekend", "month");

    // Words that may stand inside a phrase next to a trigger, so that "on", "last", "two ... ago" and the
    // part of a day reach the recognizer with it.
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "last", "this", "next", "past", "early", "earlier", "late", "later", "the", "of", "before", "after",
        "morning", "afternoon", "evening", "night", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "a", "an", "couple", "few", "several", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve");

    /// <summary>True when <paramref name="text"/> holds a word that can start a temporal expression.</summary>
    public static bool MayHoldDate(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length;)
        {
            TextSpan word = NextWord(text, ref i);
            if (word.Length > 0 && IsTrigger(text.Slice(word.Start, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// False for a phrase that can name no single day, so the recognizer need not read it: a day needs a
    /// weekday, a month with a number other than a year (<c>Oct. 6</c>, <c>the 4th of July</c>; not <c>May 2016</c>), a numeric date, <c>today</c>,
    /// <c>yesterday</c>, <c>tonight</c> or <c>tomorrow</c>, a part of the day after <c>this</c> or <c>last</c>
    /// (<c>this morning</c>, <c>last night</c>), or days or a week <c>ago</c>. Everything else a trigger
    /// starts is a span or nothing (<c>last week</c>, <c>this month</c>, <c>September</c>, <c>January 2016</c>, <c>the morning</c>,
    /// <c>years ago</c>), which the recognizer reads as no day.
    /// </summary>
    /// <remarks>
    /// The recognizer's cost on a corpus is its first reading of each distinct phrase; a third of the phrases
    /// that reached it in real news were spans like these.
    /// </remarks>
    public static bool MayNameDay(ReadOnlySpan<char> phrase)
    {
        bool month = false, number = false, ago = false, agoUnit = false;
        ReadOnlySpan<char> previous = default;
        for (int i = 0; i < phrase.Length;)
        {
            TextSpan span = NextWord(phrase, ref i);
            if (span.Length == 0)
            {
                continue;
            }

            ReadOnlySpan<char> word = phrase.Slice(span.Start, span.Length);
            if (IsNumericDate(word) || Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimEnd('.'))
                || DayWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || (PartsOfDay.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                    && (previous.Equals("this", StringComparison.OrdinalIgnoreCase) || previous.Equals("last", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }

            month |= Months.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimEnd('.'));
            number |= char.IsAsciiDigit(word[0]) && !IsYear(word);
            ago |= word.Equals("ago", StringComparison.OrdinalIgnoreCase);
            agoUnit |= AgoUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            previous = word;
        }

        return (month && number) || (ago && agoUnit);
    }

    /// <summary>The temporal phrases of <paramref name="text"/>, in reading order, as spans of it.</summary>
    /// <example><c>"He said on Monday that two days ago ..."</c> → <c>on Monday</c>, <c>two days ago</c></example>
    public static List<TextSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<TextSpan> words = Words(text);
        List<TextSpan> phrases = [];
        int taken = -1;
        for (int w = 0; w < words.Count; w++)
        {
            if (w <= taken || !IsTrigger(words[w].Of(text)))
            {
                continue;
            }

            int first = w;
            while (first > 0 && w - first + 1 < MaxWords && Joined(text, words[first - 1], words[first]) && IsPhraseWord(words[first - 1].Of(text)) && first - 1 > taken)
            {
                first--;
            }

            int last = w;
            while (last + 1 < words.Count && last - first + 1 < MaxWords && Joined(text, words[last], words[last + 1]) && IsPhraseWord(words[last + 1].Of(text)))
            {
                last++;
            }

            phrases.Add(TextSpan.FromBounds(words[first].Start, words[last].End));
            taken = last;
        }

        return phrases;
    }

    private static bool IsTrigger(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<char> bare = word.TrimEnd('.');
        return CapitalisedTriggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare)
            || Triggers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(bare)
            || IsNumericDate(word);
    }

    private static bool IsPhraseWord(ReadOnlySpan<char> word) =>
        IsTrigger(word) || Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || char.IsAsciiDigit(word[0]);

    // A month with only a year ("January 2016", "in May 2015") is a span: the day needs another number.
    private static bool IsYear(ReadOnlySpan<char> word) => word.Length == 4 && !word.ContainsAnyExceptInRange('0', '9');

    // "2015-10-06", "10/6/2015": digits with two separators.
    private static bool IsNumericDate(ReadOnlySpan<char> word) =>
        char.IsAsciiDigit(word[0]) && (word.Count('-') == 2 || word.Count('/') == 2);

    // Words of one phrase are apart by spaces, or by a comma before a year or a month ("Oct. 6, 2014",
    // "Friday, Oct. 2"); any other mark ends it.
    private static bool Joined(string text, TextSpan left, TextSpan right)
    {
        ReadOnlySpan<char> gap = text.AsSpan(left.End, right.Start - left.End);
        if (gap.Length > 3 || !gap.TrimStart(',').Trim(' ').IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<char> next = right.Of(text);
        return !gap.Contains(',') || char.IsAsciiDigit(next[0]) || IsTrigger(next);
    }

    private static List<TextSpan> Words(string text)
    {
        List<TextSpan> words = [];
        for (int i = 0; i < text.Length;)
        {
            TextSpan word = NextWord(text, ref i);
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words;
    }

    // A word: letters and digits, with '-' or '/' between digits ("2015-10-06") and a '.' after a
    // capitalised abbreviation ("Oct.").
    private static TextSpan NextWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        int start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '/' && i > start && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.' && i - start is 3 or 4 && char.IsUpper(text[start]))
        {
            i++;
        }

        return new TextSpan(start, i - start);
    }
}
