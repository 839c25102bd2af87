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
/// <remarks>
/// The sentence loop lives here; what one cue introduces is <see cref="CueStatementReader"/>'s, where content
/// starts and ends is <see cref="ContentBounds"/>'s, and which statements exist is <see cref="StatementCollector"/>'s.
/// </remarks>
internal sealed class StatementFinder
{
    private readonly string _text;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly ImmutableArray<Quote> _quotes;
    private readonly StatementCollector _statements;
    private readonly CueStatementReader _reader;
    private readonly OuterSource _outerSource;
    private readonly SpeechQuoteTest _speech;

    public StatementFinder(string text, ImmutableArray<Sentence> sentences, ImmutableArray<Quote> quotes)
    {
        _text = text;
        _sentences = sentences;
        _quotes = quotes;
        TextScan scan = new(text);
        QuoteIndex index = new(text, quotes);
        ContentBounds bounds = new(scan, index);
        _statements = new StatementCollector(scan, index, bounds, sentences);
        _reader = new CueStatementReader(scan, index, bounds, _statements);
        _outerSource = new OuterSource(scan, index);
        _speech = new SpeechQuoteTest(scan, sentences);
    }

    /// <summary>All cues found, by sentence, for the sieves that look beyond a statement's own sentence.</summary>
    public List<Cue> Cues { get; } = [];

    /// <summary>Person names in running text, in reading order: the antecedents for pronouns.</summary>
    public List<NameMention> Names { get; } = [];

    /// <summary>Reads every sentence's cues, then keeps the quotes no cue claimed that read like speech.</summary>
    public List<Statement> Find(bool includeBeliefs)
    {
        List<TextSpan> quoteSpans = [.. _quotes.Select(q => q.Span)];
        SentenceView view = new(_text, quoteSpans);
        int paragraphStart = 0;
        for (int i = 0; i < _sentences.Length; i++)
        {
            view.Load(_sentences[i]);
            paragraphStart = i > 0 && _sentences[i - 1].Paragraph == _sentences[i].Paragraph ? paragraphStart : i;
            ReadSentence(view, i, paragraphStart, includeBeliefs);
        }

        foreach (Quote quote in _quotes)
        {
            if (_statements.IsFree(quote) && (_speech.ReadsLikeSpeech(quote) || _statements.GoesOnFromCuedQuote(quote)) && !_statements.InsideStatement(quote.Span))
            {
                Cue? continued = _statements.CueAfterContinuation(quote);
                _statements.AddDirect(quote, continued, continued is null ? CuePosition.None : CuePosition.After);
            }
        }

        List<Statement> statements = _statements.InReadingOrder();
        FurnitureStatements.Remove(statements, _text, _sentences);
        return statements;
    }

    /// <summary>The statements of sentence <paramref name="i"/> (loaded in <paramref name="view"/>): a signature, its cues, its speech nouns.</summary>
    private void ReadSentence(SentenceView view, int i, int paragraphStart, bool includeBeliefs)
    {
        Sentence sentence = _sentences[i];
        List<Cue> cues = CueDetector.Detect(view, includeBeliefs);
        bool endsParagraph = i + 1 == _sentences.Length || _sentences[i + 1].Paragraph != sentence.Paragraph;
        if (cues.Count == 0 && endsParagraph && SignatureCue.Find(view) is { } signature)
        {
            _reader.ReadSigned(_sentences[paragraphStart], signature);
        }

        Cues.AddRange(cues);
        NameFinder.Find(view, Names);
        ReadCues(sentence, cues);
        foreach (Cue noun in NounCue.Find(view))
        {
            _reader.ReadNoun(sentence, noun);
        }
    }

    /// <summary>Each cue's statements, read between the cue before it and the two after it.</summary>
    private void ReadCues(Sentence sentence, List<Cue> cues)
    {
        Cue? previous = null;
        for (int c = 0; c < cues.Count; c++)
        {
            Cue? next = c + 1 < cues.Count ? cues[c + 1] : null;
            Cue? afterNext = c + 2 < cues.Count ? cues[c + 2] : null;
            int added = _statements.Count;
            _reader.Read(sentence, cues[c], previous, next, afterNext);
            // Once a statement passes on, the words before the source ("at the meeting, according to ...") are
            // the cue's adverbials, no statement of the source's own.
            if (next is not null && c + 2 == cues.Count && _outerSource.TakesOver(cues[c], next, sentence) && _statements.CreditOuterSource(added, next))
            {
                break;
            }

            // A weak cue ("it calls for") bounds no clause: the content before a later cue runs past it.
            previous = cues[c].IsWeak ? previous : cues[c];
        }
    }
}
