using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// Cues that open with "as": <c>quoted X as saying</c> and <c>as X put it</c>. Neither has a speech verb of the
/// lexicon at its head, so each is read as a fixed phrase.
/// </summary>
internal static class AsClauses
{
    public static Cue? AsSaying(SentenceView s, int k)
    {
        // "... quoted a U.S. official Wednesday as saying that ..." or "X was quoted as saying ..."
        int quoted = k - 1;
        while (quoted >= 0 && s.IsWord(quoted) && !s.Is(quoted, "quoted") && k - quoted < 14)
        {
            quoted--;
        }

        TextSpan? speaker = null;
        int clauseStart = s.Tokens[k].Span.Start;
        if (s.Is(quoted, "quoted"))
        {
            int end = NounPhrases.EndOfPhraseStartingAt(s, quoted + 1);
            if (end >= 0 && end < k)
            {
                speaker = s.Span(quoted + 1, end);
            }

            int before = quoted - 1;
            if (s.Is(before, "was") || s.Is(before, "were"))
            {
                int start = NounPhrases.StartOfPhraseEndingAt(s, before - 1);
                if (start >= 0)
                {
                    speaker = s.Span(start, before - 1);
                    clauseStart = s.Tokens[start].Span.Start;
                }
            }
            else
            {
                clauseStart = s.Tokens[Math.Max(0, SubjectStartBefore(s, quoted))].Span.Start;
            }
        }

        int after = k + 2;
        bool hasThat = s.Is(after, "that");

        // "... quoted the ministry as saying on Thursday.": the content is the clause before.
        int rest = after;
        while (rest < s.Count && s.IsWord(rest) && (WordClasses.TimeWords.Contains(s.Word(rest)) || WordClasses.AdverbialOpeners.Contains(s.Word(rest))))
        {
            rest++;
        }

        bool nothingAfter = !hasThat && (rest >= s.Count || !s.IsWord(rest) && !s.IsQuoteMark(rest));
        return new Cue
        {
            Sentence = s.Sentence.Index,
            Trigger = s.Span(k, k + 1),
            Lemma = "as saying",
            Kind = CueKind.AsSaying,
            Speaker = speaker,
            ClauseStart = clauseStart,
            ClauseEnd = s.Tokens[k + 1].Span.End,
            HasThat = hasThat,
            ContentAfterStart = !nothingAfter && after + (hasThat ? 1 : 0) < s.Count ? s.Tokens[after + (hasThat ? 1 : 0)].Span.Start : -1,
        };
    }

    /// <summary>
    /// "The plan will cut costs, as the mayor put it, “to the bone.”" / "..., as Lee put it.": the speaker is the
    /// noun phrase between "as" and "put it"; the words after its comma, or the clause before it, are what was said.
    /// Null when the words do not read so.
    /// </summary>
    public static Cue? AsPutIt(SentenceView s, int k)
    {
        // The speaker runs from "as" to "put it", in words only ("as the mayor put it", "as Lee's aide puts it").
        int end = k + 1;
        while (end < s.Count && end - k <= 8 && (s.IsWord(end) || s.IsPossessiveMark(end)) && !(s.Is(end, "put") || s.Is(end, "puts")))
        {
            end++;
        }

        end--;
        if (end < k + 1 || !s.IsWord(end) || !(s.Is(end + 1, "put") || s.Is(end + 1, "puts")) || !s.Is(end + 2, "it"))
        {
            return null;
        }

        // "..., as Lee put it, “...”": a comma then more words or a quote; else the cue closes what came before.
        int content = s.IsPunct(end + 3, ',') && (s.IsWord(end + 4) || s.IsQuoteMark(end + 4)) ? s.Tokens[end + 4].Span.Start : -1;
        return new Cue
        {
            Sentence = s.Sentence.Index,
            Trigger = s.Span(end + 1, end + 2),
            Lemma = "put it",
            Kind = CueKind.SubjectVerb,
            IsWeak = true,
            Speaker = s.Span(k + 1, end),
            ClauseStart = s.Tokens[k].Span.Start,
            ClauseEnd = s.Tokens[end + 2].Span.End,
            ContentAfterStart = content,
        };
    }

    private static int SubjectStartBefore(SentenceView s, int verb)
    {
        int start = NounPhrases.StartOfPhraseEndingAt(s, verb - 1);
        return start >= 0 ? start : verb;
    }
}
