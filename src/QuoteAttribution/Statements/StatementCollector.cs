using System.Collections.Immutable;
using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// The statements found so far in an article and the quotes they claimed: a quote is one statement's at
/// most, and a span inside a statement already found makes no second one.
/// </summary>
internal sealed class StatementCollector(TextScan scan, QuoteIndex quotes, ContentBounds bounds, ImmutableArray<Sentence> sentences)
{
    private readonly HashSet<int> _usedQuotes = [];
    private readonly List<Statement> _statements = [];
    private readonly string _text = scan.Text;

    public int Count => _statements.Count;

    /// <summary>True when no statement has claimed the quote yet.</summary>
    public bool IsFree(Quote quote) => !_usedQuotes.Contains(quote.Id);

    /// <summary>The statements in the order their spans start.</summary>
    public List<Statement> InReadingOrder()
    {
        _statements.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return _statements;
    }

    /// <summary>Adds the quote as a direct statement, with the cue that introduced it when one did.</summary>
    public void AddDirect(Quote quote, Cue? cue, CuePosition position)
    {
        _usedQuotes.Add(quote.Id);
        _statements.Add(new Statement(StatementKind.Direct, quote.Content, quote.FirstParagraph, SentenceLookup.IndexAt(sentences, quote.Span.Start), quote, cue, position));
    }

    /// <summary>
    /// Adds the cue's reported words <paramref name="raw"/> at <paramref name="position"/> (a clause or a piece):
    /// a direct statement when they are one whole quote, else an indirect or mixed one. False when they are
    /// too short or inside a statement already found.
    /// </summary>
    public bool AddClause(Sentence sentence, TextSpan raw, Cue cue, CuePosition position, int minWords = 3)
    {
        TextSpan span = bounds.Tighten(raw);

        // "called Trump “unhinged.”": two words are a statement when one is quoted and the other, outside the
        // quote, is its object; two words alone or a two-word quote by itself are too little.
        int words = scan.WordCount(span);
        bool objectAndQuote = words == 2 && quotes.HoldsQuote(span) && !CharClass.IsQuoteMark(_text[span.Start]);
        if (words < minWords && !objectAndQuote)
        {
            return false;
        }

        // A clause that is one whole quote is a direct statement.
        if (WholeFreeQuote(span) is { } whole)
        {
            AddDirect(whole, cue, whole.Span.Start >= cue.ClauseEnd ? CuePosition.Before : CuePosition.After);
            return true;
        }

        bool mixed = ClaimQuotedWords(ref span);
        if (InsideStatement(span))
        {
            return false;
        }

        // The words an "according to" reports are credited to its source, wherever it stands among them.
        position = cue.Kind == CueKind.AccordingTo ? CuePosition.Source : position;
        _statements.Add(new Statement(mixed ? StatementKind.Mixed : StatementKind.Indirect, span, sentence.Paragraph, sentence.Index, null, cue, position));
        return true;
    }

    /// <summary>True when the span lies inside a statement found already, or overlaps a reported one.</summary>
    public bool InsideStatement(TextSpan span)
    {
        for (int i = _statements.Count - 1; i >= 0 && i >= _statements.Count - 8; i--)
        {
            if (_statements[i].Span.Contains(span) || (_statements[i].Span.Overlaps(span) && _statements[i].Kind != StatementKind.Direct))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when any of the statements with quoted words added from index <paramref name="from"/> on take <paramref name="source"/>
    /// as their cue, as they now do. Reported speech without marks stays with its own speaker: annotators nest it (the inner
    /// clause is the inner speaker's, the whole sentence the source's).
    /// </summary>
    public bool CreditOuterSource(int from, Cue source)
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

    /// <summary>
    /// The cue after the last paragraph of a run-on quote, for its earlier paragraphs: news style leaves a quote
    /// open at a paragraph's end and opens the next paragraph with a mark when the same person goes on
    /// (<c>“... ¶ “...,” she said.</c>), and the one cue after the last paragraph speaks for all of them. Null
    /// unless <paramref name="quote"/> was left open and the quote opening the next paragraph, with the same
    /// mark, is a direct statement with a cue after it.
    /// </summary>
    public Cue? CueAfterContinuation(Quote quote)
    {
        ImmutableArray<Quote> all = quotes.All;
        if (quote.Closed || quote.Id + 1 >= all.Length || !OpensParagraph(quote))
        {
            return null;
        }

        Quote next = all[quote.Id + 1];
        // The writer goes on with the same mark; a paragraph opening with another kind ("... ¶ “...,” she said"
        // after a block in straight marks) is a quote inside the block, someone else's.
        if (next.FirstParagraph != quote.LastParagraph + 1 || !_text.AsSpan(quote.Span.End, next.Span.Start - quote.Span.End).IsWhiteSpace()
            || _text[next.Span.Start] != _text[quote.Span.Start])
        {
            return null;
        }

        foreach (Statement statement in _statements)
        {
            if (statement.Quote == next)
            {
                return statement.Position == CuePosition.After ? statement.Cue : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the quote is the whole sentence right after one that closed a quote with its cue, in the same
    /// paragraph (<c>“We have one enemy,” Lee told the board. “The river.”</c>): the speaker goes on, so the
    /// words are speech however few or capitalised they are.
    /// </summary>
    public bool GoesOnFromCuedQuote(Quote quote)
    {
        int sentence = SentenceLookup.IndexAt(sentences, quote.Span.Start);
        if (quote.Id == 0 || sentence == 0 || sentences[sentence].Span.Start != quote.Span.Start
            || !_text.AsSpan(quote.Span.End, Math.Max(0, sentences[sentence].Span.End - quote.Span.End)).Trim(" .").IsEmpty)
        {
            return false;
        }

        Quote before = quotes.All[quote.Id - 1];
        if (before.LastParagraph != quote.FirstParagraph || SentenceLookup.IndexAt(sentences, before.Span.Start) != sentence - 1)
        {
            return false;
        }

        foreach (Statement statement in _statements)
        {
            if (statement.Quote == before)
            {
                return statement.Position == CuePosition.After && statement.Cue is not null;
            }
        }

        return false;
    }

    /// <summary>
    /// True when only white space stands between the paragraph's start and the quote's opening mark. A quote
    /// that opens after other words may have its own lead-in there ("Lee said, “... ¶ “...,” she added").
    /// </summary>
    private bool OpensParagraph(Quote quote)
    {
        int lineStart = quote.Span.Start == 0 ? 0 : _text.LastIndexOf('\n', quote.Span.Start - 1) + 1;
        return _text.AsSpan(lineStart, quote.Span.Start - lineStart).IsWhiteSpace();
    }

    /// <summary>
    /// The unclaimed quote that is the whole span, marks and all (a stop or comma may stand outside). Quotes are
    /// sorted and disjoint: only those starting inside the span can qualify (a scan of all quotes per cue was quadratic).
    /// </summary>
    private Quote? WholeFreeQuote(TextSpan span)
    {
        ImmutableArray<Quote> all = quotes.All;
        for (int i = quotes.LastStartingAtOrBefore(span.Start - 2) + 1; i < all.Length && all[i].Span.Start <= span.End + 1; i++)
        {
            Quote quote = all[i];
            if (quote.Span.Start >= span.Start - 1 && quote.Span.End <= span.End + 1 && span.Length - quote.Span.Length <= 2 && IsFree(quote))
            {
                return quote;
            }
        }

        return null;
    }

    /// <summary>Claims every quote the span overlaps, widening the span to the end of one it opens; true when there was one.</summary>
    private bool ClaimQuotedWords(ref TextSpan span)
    {
        bool claimed = false;
        ImmutableArray<Quote> all = quotes.All;
        for (int i = Math.Max(0, quotes.LastStartingAtOrBefore(span.Start)); i < all.Length && all[i].Span.Start < span.End; i++)
        {
            Quote quote = all[i];
            if (span.Overlaps(quote.Span))
            {
                claimed = true;
                _usedQuotes.Add(quote.Id);
                if (quote.Span.End > span.End && quote.Span.Start >= span.Start)
                {
                    span = TextSpan.FromBounds(span.Start, quote.Span.End);
                }
            }
        }

        return claimed;
    }
}
