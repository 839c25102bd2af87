using QuoteAttribution.Cues;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// The one place that says where a statement's content starts and ends: the words a cue reports run from
/// the end of the previous cue's clause (or the sentence start) to the comma before the cue, or from the
/// cue's content start to where the next cue (<see cref="NextCueBoundary"/>) or the cue's own clause
/// (<see cref="OwnClauseBoundary"/>) ends them; a wire dateline and clause punctuation are left out.
/// </summary>
internal sealed class ContentBounds(TextScan scan, QuoteIndex quotes)
{
    private readonly NextCueBoundary _nextCue = new(scan, quotes);
    private readonly OwnClauseBoundary _ownClause = new(scan, quotes);
    private readonly string _text = scan.Text;

    /// <summary>
    /// Where words before <paramref name="cue"/> can start: after the clause of the <paramref name="previous"/>
    /// cue when it ends before this one, else at the sentence start.
    /// </summary>
    public static int StartBefore(Cue cue, Cue? previous, Sentence sentence) =>
        previous is not null && previous.ClauseEnd < cue.ClauseStart ? previous.ClauseEnd : sentence.Span.Start;

    /// <summary>Where words before <paramref name="cue"/> end: the comma or dash before its clause; -1 when none stands there.</summary>
    public int EndBefore(Cue cue, Sentence sentence) => scan.PrecedingComma(cue.ClauseStart, sentence.Span.Start);

    /// <summary>Where a cue's content after its verb ends, by the cues after it and by the shape of its own clause.</summary>
    public int EndAfter(Cue cue, Sentence sentence, Cue? next, Cue? afterNext) =>
        _ownClause.Narrow(cue, _nextCue.End(sentence, next, cue.ContentAfterStart, afterNext));

    /// <summary>Where content from <paramref name="from"/> ends by the cue after it (<paramref name="next"/>), or at the sentence end.</summary>
    public int End(Sentence sentence, Cue? next, int from) => _nextCue.End(sentence, next, from, afterNext: null);

    /// <summary>The reported words of <paramref name="raw"/>: without a leading wire dateline and clause punctuation at either end.</summary>
    public TextSpan Tighten(TextSpan raw) => scan.Trim(SkipDateline(raw));

    /// <summary>
    /// Skips a wire-style dateline at the start of a clause: <c>ERBIL, Kurdistan Region (Kurdistan 24) –</c>
    /// (a word in capitals, a comma, and a dash within the first 80 characters).
    /// </summary>
    private TextSpan SkipDateline(TextSpan span)
    {
        int i = span.Start;
        while (i < span.End && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        int word = i;
        while (i < span.End && (char.IsUpper(_text[i]) || _text[i] is '.' or '-' or ' ' && i + 1 < span.End && char.IsUpper(_text[i + 1])))
        {
            i++;
        }

        if (i - word < 3 || i >= span.End || _text[i] != ',')
        {
            return span;
        }

        for (int j = i; j < Math.Min(span.End - 2, word + 80); j++)
        {
            if (_text[j] == ' ' && CharClass.IsDash(_text[j + 1]) && _text[j + 2] == ' ')
            {
                return TextSpan.FromBounds(j + 3, span.End);
            }
        }

        return span;
    }
}
