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
/// These few patterns, not the recognizer (which reads the days of statements, <see cref="PhraseReader"/>):
/// every article without a JSONL date is searched for its dateline, a dateline has only these shapes, and the
/// patterns run only around a year; the recognizer costs about a millisecond a sentence and a quarter of a CPU
/// second to build, so a run whose articles need no statement day never builds it.
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

        using IEnumerator<Match> written = NearYears(DatePatterns.WrittenDateRegex(), text).GetEnumerator();
        using IEnumerator<Match> iso = NearYears(DatePatterns.IsoDateRegex(), text).GetEnumerator();
        bool hasWritten = written.MoveNext();
        bool hasIso = iso.MoveNext();
        while (hasWritten || hasIso)
        {
            bool takeWritten = hasWritten && (!hasIso || written.Current.Index <= iso.Current.Index);
            Match match = takeWritten ? written.Current : iso.Current;
            if (ToDate(match) is DateOnly date)
            {
                yield return new Dateline(date, new TextSpan(match.Index, match.Length));
            }

            // Only now: a caller that has its date never pays for the search for the next one.
            if (takeWritten)
            {
                hasWritten = written.MoveNext();
            }
            else
            {
                hasIso = iso.MoveNext();
            }
        }
    }

    /// <summary>
    /// The matches of <paramref name="pattern"/> (one of the two date patterns) in <paramref name="text"/>, the
    /// same as <c>pattern.Matches(text)</c>, found by matching only around each <c>(19|20)\d\d</c>: most of an
    /// article holds no year, and the patterns tried every capitalised word and number of it (about 2% of a
    /// real-news run without JSONL dates).
    /// </summary>
    /// <remarks>
    /// Every match holds exactly one year (the rest of a date has no four digits in a row): a written date ends
    /// with it, a numeric one starts with it, and none holds white space but between its words. So a match lies
    /// within its year's window: from the start of the third white-space-delimited word before the year's word
    /// (<c>6th of October, 2015</c>) to the end of the year's word. A window starts after white space and ends
    /// before it (or at an end of the text), where <c>\b</c> and <c>(?!\d)</c> read the same in the window as
    /// in the text, and no two matches overlap, so the windows' matches taken in order past the last one are the
    /// text's. Each word is in at most four windows: the time stays linear in the text.
    /// </remarks>
    private static IEnumerable<Match> NearYears(Regex pattern, string text)
    {
        int done = 0;
        for (int year = NextYear(text, 0); year >= 0;)
        {
            int start = WordStart(text, year);
            for (int words = 0; words < 3 && start > 0; words++)
            {
                start = WordStart(text, SkipSpaceBack(text, start));
            }

            int end = year;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            for (Match match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                if (match.Index >= done)
                {
                    done = match.Index + match.Length;
                    yield return match;
                }
            }

            // Another year in the same word has the same window.
            year = NextYear(text, end);
        }
    }

    // The next (19|20)\d\d at or after from, as the patterns' year reads it (\d: any decimal digit), or -1.
    private static int NextYear(string text, int from)
    {
        for (int i = from; i + 3 < text.Length; i++)
        {
            int next = text.AsSpan(i, text.Length - 3 - i).IndexOfAny('1', '2');
            if (next < 0)
            {
                return -1;
            }

            i += next;
            if (((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0')) && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int WordStart(string text, int at)
    {
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    // The end of the word before the white space that ends just before at.
    private static int SkipSpaceBack(string text, int at)
    {
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        return at;
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
