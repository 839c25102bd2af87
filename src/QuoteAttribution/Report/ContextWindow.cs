using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Report;

/// <summary>
/// Cuts the context of a statement out of its article: from the start of its sentence to the end of
/// it, at most <see cref="Reach"/> characters either way, widened to take in the speaker mention when
/// it is near. Offsets that do not fit the text fall back to the statement alone.
/// </summary>
internal static class ContextWindow
{
    /// <summary>How far the window looks for a sentence boundary on each side.</summary>
    public const int Reach = 200;

    /// <summary>How far a speaker mention may lie from the statement to be shown with it.</summary>
    public const int MentionReach = 300;

    public static IReadOnlyList<ContextSegment> Cut(QuoteRecord record, string? articleText)
    {
        if (articleText is null || record.Start < 0 || record.End <= record.Start || record.End > articleText.Length)
        {
            return [new ContextSegment(record.Text, ContextSegmentKind.Statement)];
        }

        (int Start, int End)? mention = MentionNear(record, articleText.Length);
        int from = Math.Min(record.Start, mention?.Start ?? int.MaxValue);
        int to = Math.Max(record.End, mention?.End ?? int.MinValue);
        (int lo, bool cutBefore) = SentenceStart(articleText, from);
        (int hi, bool cutAfter) = SentenceEnd(articleText, to);

        List<ContextSegment> segments = [];
        if (cutBefore)
        {
            segments.Add(new ContextSegment("\u2026", ContextSegmentKind.Cut));
        }

        List<(int Start, int End, ContextSegmentKind Kind)> marks = [(record.Start, record.End, ContextSegmentKind.Statement)];
        if (mention is { } m)
        {
            marks.Add((m.Start, m.End, ContextSegmentKind.Mention));
        }

        int at = lo;
        foreach ((int start, int end, ContextSegmentKind kind) in marks.OrderBy(x => x.Start))
        {
            Add(segments, articleText[at..start], ContextSegmentKind.Plain);
            Add(segments, articleText[start..end], kind);
            at = end;
        }

        Add(segments, articleText[at..hi], ContextSegmentKind.Plain);
        if (cutAfter)
        {
            segments.Add(new ContextSegment("\u2026", ContextSegmentKind.Cut));
        }

        return segments;
    }

    private static (int Start, int End)? MentionNear(QuoteRecord record, int length)
    {
        if (record.SpeakerStart is not int start || record.SpeakerEnd is not int end
            || start < 0 || end <= start || end > length
            || (start < record.End && end > record.Start))
        {
            return null;
        }

        int gap = start >= record.End ? start - record.End : record.Start - end;
        return gap <= MentionReach ? (start, end) : null;
    }

    private static (int At, bool Cut) SentenceStart(string text, int from)
    {
        int limit = Math.Max(0, from - Reach);
        for (int i = from - 1; i >= limit; i--)
        {
            if (text[i] == '\n' || (IsSentenceEnd(text, i) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i + 1 < from))
            {
                return (SkipSpace(text, i + 1, from), false);
            }
        }

        if (limit == 0)
        {
            return (SkipSpace(text, 0, from), false);
        }

        int space = text.IndexOf(' ', limit, from - limit);
        return (space < 0 ? limit : space + 1, true);
    }

    private static (int At, bool Cut) SentenceEnd(string text, int to)
    {
        int limit = Math.Min(text.Length, to + Reach);
        for (int i = to; i < limit; i++)
        {
            if (text[i] == '\n')
            {
                return (TrimEnd(text, to, i), false);
            }

            if (IsSentenceEnd(text, i) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsClosingMark(text[i + 1])))
            {
                int end = i + 1;
                while (end < text.Length && IsClosingMark(text[end]))
                {
                    end++;
                }

                return (end, false);
            }
        }

        if (limit == text.Length)
        {
            return (TrimEnd(text, to, limit), false);
        }

        int space = text.LastIndexOf(' ', limit - 1, limit - to);
        return (space < 0 ? limit : space, true);
    }

    private static int SkipSpace(string text, int at, int max)
    {
        while (at < max && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int TrimEnd(string text, int min, int end)
    {
        while (end > min && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static void Add(List<ContextSegment> segments, string text, ContextSegmentKind kind)
    {
        if (text.Length > 0)
        {
            segments.Add(new ContextSegment(text, kind));
        }
    }

    // A full stop after a short capitalised word or a dotted acronym ("Oct.", "Gen.", "U.S.") is an
    // abbreviation, not the end of a sentence.
    private static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] is '!' or '?')
        {
            return true;
        }

        if (text[i] != '.')
        {
            return false;
        }

        int start = i;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        ReadOnlySpan<char> word = text.AsSpan(start, i - start);
        return word.IsEmpty || !char.IsUpper(word[0]) || (word.Length > 3 && !word.Contains('.'));
    }

    private static bool IsClosingMark(char c) => c is '"' or '\'' or ')' or '\u201D' or '\u2019';
}
