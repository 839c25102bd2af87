using System.Collections.Immutable;
using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// Turns quotes and cues into statements. A cue whose content is one whole quote makes that quote a
/// direct statement (<c>"...," Carter said</c> / <c>Jones noted: "..."</c>); a cue with a content clause
/// makes an indirect statement, or a mixed one when the clause holds quoted words (<c>told state TV the
/// "agreement ..."</c>). Quotes left over become direct statements for the sieves to attribute when they
/// read like speech; short ones inside a sentence are scare quotes, titles or nicknames and make none.
/// </summary>
internal sealed partial class StatementFinder(string text, ImmutableArray<Sentence> sentences, ImmutableArray<Quote> quotes)
{
    private const int MinScareQuoteWords = 4;

    // A piece of a statement split by its cue ("Parking, he noted, is scarce") may be one word.
    private const int MinPieceWords = 1;

    private readonly HashSet<int> _usedQuotes = [];
    private readonly List<Statement> _statements = [];

    /// <summary>All cues found, by sentence, for the sieves that look beyond a statement's own sentence.</summary>
    public List<Cue> Cues { get; } = [];

    /// <summary>Person names in running text, in reading order: the antecedents for pronouns.</summary>
    public List<NameMention> Names { get; } = [];

    public List<Statement> Find(bool includeBeliefs)
    {
        List<TextSpan> quoteSpans = [.. quotes.Select(q => q.Span)];
        int paragraphStart = 0;
        SentenceView view = new(text, quoteSpans);
        for (int i = 0; i < sentences.Length; i++)
        {
            Sentence sentence = sentences[i];
            view.Load(sentence);
            List<Cue> cues = CueDetector.Detect(view, includeBeliefs);
            paragraphStart = i > 0 && sentences[i - 1].Paragraph == sentence.Paragraph ? paragraphStart : i;
            bool endsParagraph = i + 1 == sentences.Length || sentences[i + 1].Paragraph != sentence.Paragraph;
            if (cues.Count == 0 && endsParagraph && SignatureCue.Find(view) is { } signature)
            {
                AddSigned(sentences[paragraphStart], signature);
            }

            Cues.AddRange(cues);
            NameFinder.Find(view, Names);
            Cue? previous = null;
            for (int c = 0; c < cues.Count; c++)
            {
                Cue? next = c + 1 < cues.Count ? cues[c + 1] : null;
                Cue? afterNext = c + 2 < cues.Count ? cues[c + 2] : null;
                int added = _statements.Count;
                AddFromCue(sentence, cues[c], previous, next, afterNext);
                // Once a statement passes on, the words before the source ("at the meeting, according to ...") are
                // the cue's adverbials, no statement of the source's own.
                if (next is not null && c + 2 == cues.Count && IsOuterSource(cues[c], next, sentence) && CreditOuterSource(added, next))
                {
                    break;
                }

                // A weak cue ("it calls for") bounds no clause: the content before a later cue runs past it.
                previous = cues[c].IsWeak ? previous : cues[c];
            }

            foreach (Cue noun in NounCue.Find(view))
            {
                AddFromNoun(sentence, noun);
            }
        }

        foreach (Quote quote in quotes)
        {
            if (!_usedQuotes.Contains(quote.Id) && ReadsLikeSpeech(quote) && !InsideStatement(quote.Span))
            {
                _statements.Add(new Statement(StatementKind.Direct, quote.Content, quote.FirstParagraph, SentenceAt(quote.Span.Start), quote, null, CuePosition.None));
            }
        }

        _statements.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return _statements;
    }

    private void AddFromCue(Sentence sentence, Cue cue, Cue? previous, Cue? next, Cue? afterNext)
    {
        bool attached = false;
        bool splitsMixed = false;
        int clauseFrom = previous is not null && previous.ClauseEnd < cue.ClauseStart ? previous.ClauseEnd : sentence.Span.Start;
        if (cue.HasThat && IsSplitCleft(cue, clauseFrom, sentence))
        {
            // "It is on the mayor's watch, Adler said, that the debt ...": the words before the cue and the
            // clause after it are two pieces of one statement.
            attached = AddPieces(sentence, clauseFrom, cue, TextSpan.FromBounds(cue.ContentAfterStart, Math.Max(cue.ContentAfterStart, ContentEnd(sentence, next, clauseFrom))));
        }
        else if (cue.ContentAfterStart >= 0)
        {
            Quote? leading = QuoteAt(cue.ContentAfterStart);
            int end = ContentEnd(sentence, next, cue.ContentAfterStart, afterNext);
            end = ClauseBoundedEnd(cue, end);
            if (leading is not null && !_usedQuotes.Contains(leading.Id) && RunsToEnd(leading, end))
            {
                AddDirect(leading, cue, CuePosition.Before);
                attached = true;
                splitsMixed = true;
            }
            else
            {
                // A weak verb ("called", "described") carries a statement only with "that" or quoted words.
                TextSpan clause = TextSpan.FromBounds(cue.ContentAfterStart, Math.Max(cue.ContentAfterStart, end));
                bool statesSomething = cue.HasThat || (cue.TakesObject ? ReadsAsClause(clause) : !OpensWithDeterminer(clause) || HasVerb(clause));
                statesSomething &= !OpensWithIndefinite(clause);
                if (cue.Kind == CueKind.AccordingTo && previous is null && PrecedingComma(cue.ClauseStart, sentence.Span.Start) > clauseFrom)
                {
                    // "Most tenants, according to the survey, are afraid ...": the source splits one
                    // statement into the words before it and the words after it.
                    attached = AddPieces(sentence, clauseFrom, cue, clause);
                }
                else if (cue.IsTopic ? HoldsQuotedWords(clause) : (!cue.IsWeak && statesSomething) || (cue.HasThat && !cue.IsBelief) || cue.IsDirective || cue.IsComplement || HoldsQuote(clause))
                {
                    // "called him a liar": a naming verb's complement is a judgement in two words.
                    attached = AddClause(sentence, clause, cue, CuePosition.Clause, minWords: cue.IsComplement ? 2 : 3);
                }
            }
        }

        // Participles and coordinated verbs share a speaker, not a quote; a belief ("she thought") that is
        // not reported speech claims no quote either.
        if (cue.Kind is CueKind.Participle or CueKind.Coordinated || (cue.IsBelief && cue.IsWeak))
        {
            return;
        }

        // A cue with no content of its own may close a quote that ended the previous sentence.
        Quote? trailing = QuoteEndingBefore(cue.ClauseStart, sentence, crossSentence: !attached && EndsSentence(cue, sentence));
        if (trailing is not null && !_usedQuotes.Contains(trailing.Id) && (StartsClause(trailing, clauseFrom) || FollowsComma(trailing, clauseFrom) || SetOff(trailing, comma: previous is not null)))
        {
            // "“...,” according to the survey": a source after the quote is where the words came from.
            AddDirect(trailing, cue, cue.Kind == CueKind.AccordingTo ? CuePosition.Source : CuePosition.After);
            return;
        }

        // "The new budget means “we finally have a plan,” Lee said, “and ...”": a cue between
        // two quotes closes the words before it, quote and all, as a statement of its own.
        int split = splitsMixed && trailing is not null && !_usedQuotes.Contains(trailing.Id) ? PrecedingComma(cue.ClauseStart, sentence.Span.Start) : -1;
        if (attached)
        {
            if (split > clauseFrom && trailing!.Span.End >= split)
            {
                AddClause(sentence, TextSpan.FromBounds(clauseFrom, split), cue, CuePosition.Clause);
            }

            return;
        }

        // "..., he added, ..." / "China has always believed ..., she said."
        int comma = PrecedingComma(cue.ClauseStart, sentence.Span.Start);
        // "..., Adler said, adding that ...": a participle after the cue's comma starts a statement of its own.
        bool parenthetical = IsParenthetical(cue, sentence) && next is not { Kind: CueKind.Participle };
        // A fronted adverbial ("Since 2016, spending has risen ..., the report said.") blocks the clause
        // before the cue only when no main clause follows its comma ("When asked, Hale said.").
        bool fronted = OpensWithAdverbial(clauseFrom) && IsFrontedPart(clauseFrom, comma);
        if (comma > clauseFrom && EndsSentence(cue, sentence) && (!fronted || parenthetical))
        {
            // "The hall, Adler said, is too small": a cue between commas splits one statement into two pieces,
            // the words before it and the words after it (spans are contiguous, so one span would hold the cue).
            bool added = parenthetical
                ? AddPieces(sentence, clauseFrom, cue, TextSpan.FromBounds(cue.ClauseEnd, ContentEnd(sentence, next, cue.ClauseEnd)))
                : AddClause(sentence, TextSpan.FromBounds(clauseFrom, comma), cue, CuePosition.Clause);
            if (added)
            {
                return;
            }
        }

        // "Ann Lee joked when her turn came, “It was ...”"
        // A short fragment after other words ("... and that the endorsement was “a big deal.”") is a quoted
        // phrase inside what was said, not a quote of its own; a whole quote after a comma or colon is one.
        // A quote past the next cue's clause is that cue's ("When Lee suggested a delay, Reyes said: “...”").
        Quote? later = FirstQuoteAfter(cue.ClauseEnd, sentence);
        int laterEnd = ContentEnd(sentence, next, cue.ClauseEnd);
        // "Lee interjected, calling the plan “a trap.”": a quote after the next cue's verb is that cue's.
        if (later is not null && next is not null && later.Span.Start >= next.ClauseEnd)
        {
            later = null;
        }

        if (later is not null && later.Span.Start < laterEnd && RunsToEnd(later, laterEnd) && (WordCount(later.Content) >= MinScareQuoteWords || AfterCommaOrColon(later)))
        {
            AddDirect(later, cue, CuePosition.Before);
        }
    }

    /// <summary>
    /// "Reyes's claim that the levy was “a trap” ...": what follows a speech noun is a statement when it holds
    /// quoted words; the noun ends no clause and claims no quote, so nothing else is read from it.
    /// </summary>
    private void AddFromNoun(Sentence sentence, Cue noun)
    {
        TextSpan clause = TextSpan.FromBounds(noun.ContentAfterStart, ContentEnd(sentence, null, noun.ContentAfterStart));
        if (HoldsQuotedWords(clause))
        {
            AddClause(sentence, clause, noun, CuePosition.Clause);
        }
    }

    /// <summary>A signed paragraph: the words from the paragraph's start up to the signature are the statement.</summary>
    private void AddSigned(Sentence first, Cue signature)
    {
        if (first.Span.Start < signature.ClauseStart)
        {
            AddClause(first, TextSpan.FromBounds(first.Span.Start, signature.ClauseStart), signature, CuePosition.Clause);
        }
    }

    /// <summary>
    /// The two pieces of a statement a cue between commas splits (<c>This plan, Lee said, is different</c>):
    /// the words before the cue's comma and <paramref name="after"/>. Either may be short: a reader takes
    /// the subject and its predicate together. A lone connective before the cue ("Nevertheless, he noted,
    /// ...") is no piece.
    /// </summary>
    private bool AddPieces(Sentence sentence, int clauseFrom, Cue cue, TextSpan after)
    {
        int comma = PrecedingComma(cue.ClauseStart, sentence.Span.Start);
        TextSpan before = TextSpan.FromBounds(clauseFrom, comma);
        bool added = !IsLoneConnective(before) && AddClause(sentence, before, cue, CuePosition.Between, MinPieceWords);
        return (ContinuesStatement(Trim(after), cue) && AddClause(sentence, after, cue, CuePosition.Between, MinPieceWords)) | added;
    }

    /// <summary>
    /// Adds the cue's reported words <paramref name="raw"/> at <paramref name="position"/> (a clause or a piece):
    /// a direct statement when they are one whole quote, else an indirect or mixed one. False when they are
    /// too short or inside a statement already found.
    /// </summary>
    private bool AddClause(Sentence sentence, TextSpan raw, Cue cue, CuePosition position, int minWords = 3)
    {
        TextSpan span = Trim(SkipDateline(raw));

        // "called Trump “unhinged.”": two words are a statement when one is quoted and the other, outside the
        // quote, is its object; two words alone or a two-word quote by itself are too little.
        int words = WordCount(span);
        bool objectAndQuote = words == 2 && HoldsQuote(span) && !CharClass.IsQuoteMark(text[span.Start]);
        if (words < minWords && !objectAndQuote)
        {
            return false;
        }

        // A clause that is one whole quote is a direct statement. Quotes are sorted and disjoint: only those
        // starting inside the clause can qualify or overlap it (a scan of all quotes per cue was quadratic).
        for (int i = LastQuoteStartingAtOrBefore(span.Start - 2) + 1; i < quotes.Length && quotes[i].Span.Start <= span.End + 1; i++)
        {
            Quote quote = quotes[i];
            if (quote.Span.Start >= span.Start - 1 && quote.Span.End <= span.End + 1 && span.Length - quote.Span.Length <= 2 && !_usedQuotes.Contains(quote.Id))
            {
                AddDirect(quote, cue, quote.Span.Start >= cue.ClauseEnd ? CuePosition.Before : CuePosition.After);
                return true;
            }
        }

        bool mixed = false;
        for (int i = Math.Max(0, LastQuoteStartingAtOrBefore(span.Start)); i < quotes.Length && quotes[i].Span.Start < span.End; i++)
        {
            Quote quote = quotes[i];
            if (span.Overlaps(quote.Span))
            {
                mixed = true;
                _usedQuotes.Add(quote.Id);
                if (quote.Span.End > span.End && quote.Span.Start >= span.Start)
                {
                    span = TextSpan.FromBounds(span.Start, quote.Span.End);
                }
            }
        }

        if (InsideStatement(span))
        {
            return false;
        }

        // The words an "according to" reports are credited to its source, wherever it stands among them.
        position = cue.Kind == CueKind.AccordingTo ? CuePosition.Source : position;
        _statements.Add(new Statement(mixed ? StatementKind.Mixed : StatementKind.Indirect, span, sentence.Paragraph, sentence.Index, null, cue, position));
        return true;
    }

    private void AddDirect(Quote quote, Cue cue, CuePosition position)
    {
        _usedQuotes.Add(quote.Id);
        _statements.Add(new Statement(StatementKind.Direct, quote.Content, quote.FirstParagraph, SentenceAt(quote.Span.Start), quote, cue, position));
    }
}
