using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// Reads the statements one cue introduces: the content after its verb (a whole quote, or a clause that is
/// indirect or mixed), a quote that ends right before it, the clause before it, or a quote later in the
/// sentence. Where each piece starts and ends comes from <see cref="ContentBounds"/>.
/// </summary>
internal sealed class CueStatementReader(TextScan scan, QuoteIndex quotes, ContentBounds bounds, StatementCollector statements)
{
    // A piece of a statement split by its cue ("Parking, he noted, is scarce") may be one word.
    private const int MinPieceWords = 1;

    private readonly ClauseOrObject _clauses = new(scan);
    private readonly CueSurroundings _surroundings = new(scan);

    /// <summary>
    /// Adds the statements of <paramref name="cue"/>, read between the <paramref name="previous"/> cue's clause
    /// and the <paramref name="next"/> cue (<paramref name="afterNext"/> follows that one).
    /// </summary>
    public void Read(Sentence sentence, Cue cue, Cue? previous, Cue? next, Cue? afterNext)
    {
        int clauseFrom = ContentBounds.StartBefore(cue, previous, sentence);
        (bool attached, bool splitsMixed) = ReadContentAfter(sentence, cue, previous, next, afterNext, clauseFrom);

        // Participles and coordinated verbs share a speaker, not a quote; a belief ("she thought") that is
        // not reported speech claims no quote either.
        if (cue.Kind is CueKind.Participle or CueKind.Coordinated || (cue.IsBelief && cue.IsWeak))
        {
            return;
        }

        // A cue with no content of its own may close a quote that ended the previous sentence.
        Quote? trailing = quotes.EndingBefore(cue.ClauseStart, sentence, crossSentence: !attached && _surroundings.EndsSentence(cue, sentence, topicMayClose: true));
        bool trailingFree = trailing is not null && statements.IsFree(trailing);
        if (trailingFree && (quotes.StartsClause(trailing!, clauseFrom) || quotes.FollowsComma(trailing!, clauseFrom) || quotes.SetOff(trailing!, comma: previous is not null)))
        {
            // "“...,” according to the survey": a source after the quote is where the words came from.
            statements.AddDirect(trailing!, cue, cue.Kind == CueKind.AccordingTo ? CuePosition.Source : CuePosition.After);
            return;
        }

        if (attached)
        {
            // "The new budget means “we finally have a plan,” Lee said, “and ...”": a cue between
            // two quotes closes the words before it, quote and all, as a statement of its own.
            int split = splitsMixed && trailingFree ? bounds.EndBefore(cue, sentence) : -1;
            if (split > clauseFrom && trailing!.Span.End >= split)
            {
                statements.AddClause(sentence, TextSpan.FromBounds(clauseFrom, split), cue, CuePosition.Clause);
            }

            return;
        }

        if (!ReadClauseBefore(sentence, cue, next, clauseFrom))
        {
            ReadLaterQuote(sentence, cue, next);
        }
    }

    /// <summary>
    /// "Reyes's claim that the levy was “a trap” ...": what follows a speech noun is a statement when it holds
    /// quoted words; the noun ends no clause and claims no quote, so nothing else is read from it.
    /// </summary>
    public void ReadNoun(Sentence sentence, Cue noun)
    {
        TextSpan clause = TextSpan.FromBounds(noun.ContentAfterStart, bounds.End(sentence, null, noun.ContentAfterStart));
        if (quotes.HoldsQuotedWords(clause))
        {
            statements.AddClause(sentence, clause, noun, CuePosition.Clause);
        }
    }

    /// <summary>A signed paragraph: the words from the paragraph's start up to the signature are the statement.</summary>
    public void ReadSigned(Sentence first, Cue signature)
    {
        // "“The park is the best thing the town has done.” ― Rosa Diaz", or the dashed signature on the next
        // line: a quote that opens its paragraph and that only the signature follows is the signer's.
        if (SignedQuote(first, signature) is { } quote)
        {
            statements.AddDirect(quote, signature, CuePosition.After);
            return;
        }

        if (first.Span.Start < signature.ClauseStart)
        {
            statements.AddClause(first, TextSpan.FromBounds(first.Span.Start, signature.ClauseStart), signature, CuePosition.Clause);
        }
    }

    /// <summary>
    /// The free quote right before the signature, with only marks and spaces around it in its paragraph; across
    /// a line break only when a dash opens the signature. Null otherwise.
    /// </summary>
    private Quote? SignedQuote(Sentence first, Cue signature)
    {
        int i = quotes.LastStartingAtOrBefore(signature.ClauseStart - 1);
        if (i < 0 || quotes.All[i] is not { } quote || !statements.IsFree(quote) || quote.Span.End > signature.ClauseStart)
        {
            return null;
        }

        ReadOnlySpan<char> text = scan.Text.AsSpan();
        ReadOnlySpan<char> between = text[quote.Span.End..signature.ClauseStart];
        bool dashed = SignatureCue.IsDash(text[signature.ClauseStart]);
        if (!OnlyMarks(between) || (between.Contains('\n') && !dashed) || (first.Span.Start == signature.ClauseStart && !dashed))
        {
            return null;
        }

        int lineStart = text[..quote.Span.Start].LastIndexOf('\n') + 1;
        return OnlyMarks(text[lineStart..quote.Span.Start]) ? quote : null;
    }

    private static bool OnlyMarks(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (!char.IsWhiteSpace(c) && c is not ('"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '\u2019' or '.' or ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The statements in the cue's content after its verb: the two pieces of a split cleft, a whole quote, or a
    /// reported clause. Attached is true when one was added; splitsMixed when it was a whole quote, which a
    /// quote before the cue may complete.
    /// </summary>
    private (bool Attached, bool SplitsMixed) ReadContentAfter(Sentence sentence, Cue cue, Cue? previous, Cue? next, Cue? afterNext, int clauseFrom)
    {
        if (cue.HasThat && _surroundings.IsSplitCleft(cue, clauseFrom, sentence))
        {
            // "It is on the mayor's watch, Adler said, that the debt ...": the words before the cue and the
            // clause after it are two pieces of one statement.
            int cleftEnd = Math.Max(cue.ContentAfterStart, bounds.End(sentence, next, clauseFrom));
            return (AddPieces(sentence, clauseFrom, cue, TextSpan.FromBounds(cue.ContentAfterStart, cleftEnd)), false);
        }

        if (cue.ContentAfterStart < 0)
        {
            return (false, false);
        }

        int end = bounds.EndAfter(cue, sentence, next, afterNext);
        if (quotes.At(cue.ContentAfterStart) is { } leading && statements.IsFree(leading) && quotes.RunsToEnd(leading, end))
        {
            statements.AddDirect(leading, cue, CuePosition.Before);
            return (true, true);
        }

        TextSpan clause = TextSpan.FromBounds(cue.ContentAfterStart, Math.Max(cue.ContentAfterStart, end));
        return (ReadClauseAfter(sentence, cue, previous, clauseFrom, clause), false);
    }

    /// <summary>Adds the reported clause after the cue when the cue and the clause carry a statement.</summary>
    private bool ReadClauseAfter(Sentence sentence, Cue cue, Cue? previous, int clauseFrom, TextSpan clause)
    {
        if (cue.Kind == CueKind.AccordingTo && previous is null && bounds.EndBefore(cue, sentence) > clauseFrom)
        {
            // "Most tenants, according to the survey, are afraid ...": the source splits one
            // statement into the words before it and the words after it.
            return AddPieces(sentence, clauseFrom, cue, clause);
        }

        // A weak verb ("called", "described") carries a statement only with "that" or quoted words.
        bool statesSomething = cue.HasThat || (cue.TakesObject ? _clauses.ReadsAsClause(clause) : !_clauses.OpensWithDeterminer(clause) || _clauses.HasVerb(clause));
        statesSomething &= !_clauses.OpensWithIndefinite(clause);
        bool carries = cue.IsTopic
            ? quotes.HoldsQuotedWords(clause)
            : (!cue.IsWeak && statesSomething) || (cue.HasThat && !cue.IsBelief) || cue.IsDirective || cue.IsComplement || quotes.HoldsQuote(clause);

        // "called him a liar": a naming verb's complement is a judgement in two words.
        return carries && statements.AddClause(sentence, clause, cue, CuePosition.Clause, minWords: cue.IsComplement ? 2 : 3);
    }

    /// <summary>
    /// "..., he added, ..." / "China has always believed ..., she said.": the words before a cue that closes
    /// its sentence (or stands between commas) are its statement, in one or two pieces. False when none was added.
    /// </summary>
    private bool ReadClauseBefore(Sentence sentence, Cue cue, Cue? next, int clauseFrom)
    {
        int comma = bounds.EndBefore(cue, sentence);
        // "..., Adler said, adding that ...": a participle after the cue's comma starts a statement of its own.
        bool parenthetical = _surroundings.IsParenthetical(cue, sentence) && next is not { Kind: CueKind.Participle };
        // A fronted adverbial ("Since 2016, spending has risen ..., the report said.") blocks the clause
        // before the cue only when no main clause follows its comma ("When asked, Hale said.").
        bool opensAdverbial = scan.OpensWithAdverbial(clauseFrom);
        bool fronted = opensAdverbial && scan.IsFrontedPart(clauseFrom, comma);
        // "Asked whether he would run, Lee demurred.": the question put to the speaker is no statement of his.
        if (comma <= clauseFrom || !_surroundings.EndsSentence(cue, sentence) || (fronted && !parenthetical) || scan.OpensWithQuestionFrame(clauseFrom))
        {
            return false;
        }

        TextSpan before = TextSpan.FromBounds(clauseFrom, comma);
        if (!parenthetical)
        {
            return statements.AddClause(sentence, before, cue, CuePosition.Clause);
        }

        // "The hall, Adler said, is too small": a cue between commas splits one statement into two pieces,
        // the words before it and the words after it (spans are contiguous, so one span would hold the cue).
        // "And at the hearing, Adler chimed in, breaking with ...": a fronted phrase alone (no comma, no verb) is
        // no piece unless the words after the cue go on with it.
        TextSpan after = TextSpan.FromBounds(cue.ClauseEnd, bounds.End(sentence, next, cue.ClauseEnd));
        bool phraseOnly = opensAdverbial && scan.NextComma(clauseFrom, comma) < 0 && !_clauses.HasVerb(before);
        return (!phraseOnly || _surroundings.ContinuesStatement(scan.Trim(after), cue)) && AddPieces(sentence, clauseFrom, cue, after);
    }

    /// <summary>
    /// "Ann Lee joked when her turn came, “It was ...”": a whole quote later in the sentence, up to where the
    /// cue's content ends. A short fragment after other words ("... and that the endorsement was “a big deal.”")
    /// is a quoted phrase inside what was said, not a quote of its own; a whole quote after a comma or colon is one.
    /// </summary>
    private void ReadLaterQuote(Sentence sentence, Cue cue, Cue? next)
    {
        Quote? later = quotes.FirstAfter(cue.ClauseEnd, sentence);
        int laterEnd = bounds.End(sentence, next, cue.ClauseEnd);

        // A quote past the next cue's clause is that cue's ("When Lee suggested a delay, Reyes said: “...”"); so is
        // one after the next cue's verb ("Lee interjected, calling the plan “a trap.”").
        if (later is null || !statements.IsFree(later) || (next is not null && later.Span.Start >= next.ClauseEnd))
        {
            return;
        }

        if (later.Span.Start < laterEnd && quotes.RunsToEnd(later, laterEnd)
            && (scan.WordCount(later.Content) >= SpeechQuoteTest.MinScareQuoteWords || quotes.AfterCommaOrColon(later)))
        {
            statements.AddDirect(later, cue, CuePosition.Before);
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
        TextSpan before = TextSpan.FromBounds(clauseFrom, bounds.EndBefore(cue, sentence));
        bool added = !scan.IsLoneConnective(before) && statements.AddClause(sentence, before, cue, CuePosition.Between, MinPieceWords);
        return (_surroundings.ContinuesStatement(scan.Trim(after), cue) && statements.AddClause(sentence, after, cue, CuePosition.Between, MinPieceWords)) | added;
    }
}
