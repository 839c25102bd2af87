using QuoteAttribution.Cues;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// Character scans over the article text that the statement rules share: words, commas before a position,
/// trimming punctuation. Scans read the text as written (the cues' token view is per sentence; these cross it).
/// </summary>
internal sealed class TextScan(string text)
{
    public string Text => text;

    /// <summary>Where the run of word characters from <paramref name="start"/> ends, at most at <paramref name="limit"/>.</summary>
    public int WordEnd(int start, int limit)
    {
        int end = start;
        while (end < limit && CharClass.IsWordChar(text[end]))
        {
            end++;
        }

        return end;
    }

    public int WordCount(TextSpan span)
    {
        int count = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool word = CharClass.IsWordChar(text[i]);
            if (word && !inWord)
            {
                count++;
            }

            inWord = word;
        }

        return count;
    }

    /// <summary>The span without white space and clause punctuation at either end (and no stop at its end).</summary>
    public TextSpan Trim(TextSpan span)
    {
        int start = span.Start;
        int end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or ';'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':'))
        {
            end--;
        }

        return Unmarked(start, end);
    }

    /// <summary>
    /// The span without the markup at its edges: the end of a tag it opens with ('">Fares rise') and the tags it
    /// closes with ('... unity.&lt;/p&gt;'), so a record is never half markup.
    /// </summary>
    private TextSpan Unmarked(int start, int end)
    {
        int tagEnd = start < end && text[start] == '>' ? start : start + 1 < end && text[start] is '"' or '\'' && text[start + 1] == '>' ? start + 1 : -1;
        if (tagEnd >= 0)
        {
            start = tagEnd + 1;
        }

        while (end > start && text[end - 1] == '>')
        {
            int open = text.LastIndexOf('<', end - 1, end - start);
            if (open < 0)
            {
                break;
            }

            end = open;
            while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':'))
            {
                end--;
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>Where the white space that ends at <paramref name="position"/> starts, going back no further than <paramref name="floor"/>.</summary>
    public int SpacesStartBefore(int position, int floor)
    {
        int end = position;
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The comma or dash right before <paramref name="position"/> (past white space), after the sentence's start; -1 when none.</summary>
    public int PrecedingComma(int position, int sentenceStart)
    {
        int i = position - 1;
        while (i > sentenceStart && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        // 'put Adler "through the mill," according to her lawyers': the comma inside the closing mark.
        if (i > sentenceStart + 1 && CharClass.IsQuoteMark(text[i]) && text[i - 1] == ',')
        {
            i--;
        }

        // "more than 1,300 Reyes emails": a comma between digits separates thousands.
        bool thousands = i > sentenceStart && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);
        return i > sentenceStart && (text[i] == ',' && !thousands || CharClass.IsDash(text[i])) ? i : -1;
    }

    public int NextComma(int from, int end)
    {
        int i = from < end ? text.AsSpan(from, end - from).IndexOf(',') : -1;
        return i < 0 ? -1 : from + i;
    }

    /// <summary>True when the span is one connective and nothing else ("Nevertheless", "But").</summary>
    public bool IsLoneConnective(TextSpan span)
    {
        TextSpan trimmed = Trim(span);
        return WordCount(trimmed) == 1 && WordClasses.Connectives.Contains(text.AsSpan(trimmed.Start, WordEnd(trimmed.Start, trimmed.End) - trimmed.Start));
    }

    /// <summary>
    /// True when the words at <paramref name="from"/> open a fronted adverbial ("When asked ...", "Before the
    /// vote"), also after a connective ("And in that speech").
    /// </summary>
    public bool OpensWithAdverbial(int from)
    {
        string word = WordAt(from, out int end);
        if (WordClasses.Connectives.Contains(word))
        {
            word = WordAt(end, out _);
        }

        return WordClasses.AdverbialOpeners.Contains(word) || WordClasses.Subordinators.Contains(word)
            || word.Equals("If", StringComparison.Ordinal) || word.Equals("Asked", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the words at <paramref name="from"/> open the question put to a speaker ("Asked whether ...",
    /// "Pressed on ...", "Pushed by the host ..."): a frame around what was said, never what was said.
    /// </summary>
    public bool OpensWithQuestionFrame(int from) =>
        WordAt(from, out _) is "Asked" or "Pressed" or "Pushed" or "Questioned" or "Challenged";

    /// <summary>The first word at or after <paramref name="from"/>, and where it ends.</summary>
    private string WordAt(int from, out int end)
    {
        int start = from;
        while (start < text.Length && !CharClass.IsWordChar(text[start]))
        {
            start++;
        }

        end = WordEnd(start, text.Length);
        return text[start..end];
    }

    /// <summary>
    /// True when the words from <paramref name="start"/> are only a fronted part: a comma closes it and
    /// fewer than four words follow before <paramref name="end"/> ("When asked, Hale said"). Without a
    /// comma the opener belongs to the main clause ("Dozens of homes were flooded, he said").
    /// </summary>
    public bool IsFrontedPart(int start, int end)
    {
        int comma = text.IndexOf(',', start, Math.Max(0, end - start));
        return comma >= 0 && WordCount(TextSpan.FromBounds(comma + 1, end)) < 4;
    }
}
