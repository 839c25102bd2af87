using QuoteAttribution.Cues;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// Whether an <c>according to</c> that closes a sentence takes over the statements of the cue before it
/// (<c>“...,” Lee said, according to the Harbour Times.</c>): the writer had the words from that source.
/// </summary>
internal sealed class OuterSource(TextScan scan, QuoteIndex quotes)
{
    private readonly string _text = scan.Text;

    /// <summary>
    /// True when <paramref name="source"/> is an <c>according to</c> that closes the sentence of
    /// <paramref name="cue"/>: annotators credit the outer source with the statement. Only a subject's
    /// own verb cue is passed on; a participle ("noting ...") stays with its speaker.
    /// </summary>
    public bool TakesOver(Cue cue, Cue source, Sentence sentence)
    {
        if (source is not { Kind: CueKind.AccordingTo, Speaker: not null } || cue.Kind is not (CueKind.SubjectVerb or CueKind.Inverted)
            || cue.Speaker is null || source.ClauseStart <= cue.ClauseEnd || source.ClauseStart <= sentence.Span.Start)
        {
            return false;
        }

        // A comma sets the source off as the whole sentence's ("said, according to"; "“...,” according to"); with
        // none ("told a broadcaster according to the agency") it reads as part of the cue's own clause.
        ReadOnlySpan<char> before = _text.AsSpan(sentence.Span.Start, source.ClauseStart - sentence.Span.Start).TrimEnd();
        if (before.Length > 0 && CharClass.IsQuoteMark(before[^1]))
        {
            before = before[..^1];
        }

        if (before.Length == 0 || before[^1] != ',')
        {
            return false;
        }

        // The source adds no quote of its own after it.
        int i = quotes.LastStartingAtOrBefore(source.ClauseStart) + 1;
        return i >= quotes.All.Length || quotes.All[i].Span.Start >= sentence.Span.End;
    }
}
