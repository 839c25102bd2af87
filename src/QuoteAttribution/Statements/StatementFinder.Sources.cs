using QuoteAttribution.Cues;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>Statements a later <c>according to</c> in the same sentence passes on from its source.</summary>
internal sealed partial class StatementFinder
{
    /// <summary>
    /// True when <paramref name="source"/> is an <c>according to</c> that closes the sentence of
    /// <paramref name="cue"/> (<c>“...,” Lee said, according to the Harbour Times.</c>): the writer had the
    /// words from that source, and annotators credit the outer source with the statement. Only a subject's
    /// own verb cue is passed on; a participle ("noting ...") stays with its speaker.
    /// </summary>
    private bool IsOuterSource(Cue cue, Cue source, Sentence sentence)
    {
        if (source is not { Kind: CueKind.AccordingTo, Speaker: not null } || cue.Kind is not (CueKind.SubjectVerb or CueKind.Inverted)
            || cue.Speaker is null || source.ClauseStart <= cue.ClauseEnd || source.ClauseStart <= sentence.Span.Start)
        {
            return false;
        }

        // A comma sets the source off as the whole sentence's ("said, according to"; "“...,” according to"); with
        // none ("told a broadcaster according to the agency") it reads as part of the cue's own clause.
        ReadOnlySpan<char> before = text.AsSpan(sentence.Span.Start, source.ClauseStart - sentence.Span.Start).TrimEnd();
        if (before.Length > 0 && CharClass.IsQuoteMark(before[^1]))
        {
            before = before[..^1];
        }

        if (before.Length == 0 || before[^1] != ',')
        {
            return false;
        }

        // The source adds no quote of its own after it.
        int i = LastQuoteStartingAtOrBefore(source.ClauseStart) + 1;
        return i >= quotes.Length || quotes[i].Span.Start >= sentence.Span.End;
    }

    /// <summary>
    /// True when any of the statements with quoted words added from index <paramref name="from"/> on take <paramref name="source"/>
    /// as their cue, as they now do. Reported speech without marks stays with its own speaker: annotators nest it (the inner
    /// clause is the inner speaker's, the whole sentence the source's).
    /// </summary>
    private bool CreditOuterSource(int from, Cue source)
    {
        bool credited = false;
        for (int i = from; i < _statements.Count; i++)
        {
            if (_statements[i].Kind != StatementKind.Indirect)
            {
                _statements[i] = _statements[i] with { Cue = source, Position = CuePosition.Source };
                credited = true;
            }
        }

        return credited;
    }
}
