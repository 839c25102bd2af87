using System.Runtime.CompilerServices;
using QuoteAttribution.Text;

namespace QuoteAttribution.Segmentation;

/// <summary>
/// One sentence's tokens, with which of them lie inside quotation marks. One view serves an article's
/// sentences in turn (<see cref="Load"/>), so their token buffers are allocated once per article, not per sentence.
/// </summary>
internal sealed class SentenceView(string text, List<TextSpan> quoteSpans)
{
    private const int Unknown = -2;
    private int _firstWord = Unknown;

    // Each token's entry in a later stage's lexicon, looked up on first use: the cue rules ask about one word
    // many times (Cues keeps each word's speech-verb entry here). The view does not know what the entries are,
    // so segmentation depends on no later stage: the stage that reads them passes its lookup in.
    private object?[] _entries = [];
    private int _loadedCount;

    /// <summary>Makes the view show <paramref name="sentence"/>; what it showed before is gone.</summary>
    public void Load(Sentence sentence)
    {
        Sentence = sentence;
        _firstWord = Unknown;
        Tokens.Clear();
        Tokenizer.Tokenize(Text, sentence.Span, Tokens);
        if (InQuote.Length < Tokens.Count)
        {
            InQuote = new bool[Math.Max(Tokens.Count, InQuote.Length * 2)];
            _entries = new object?[InQuote.Length];
        }
        else
        {
            // Past this sentence's tokens too: a stale entry there would hide the error of asking about a word it lacks.
            Array.Clear(_entries, 0, Math.Max(_loadedCount, Tokens.Count));
        }

        _loadedCount = Tokens.Count;

        // Quote spans are sorted and disjoint, so one forward pass from the first quote that can reach this
        // sentence marks every token (a start at quote 0 made every sentence cost all earlier quotes).
        int q = FirstEndingAfter(quoteSpans, sentence.Span.Start);
        for (int k = 0; k < Tokens.Count; k++)
        {
            int position = Tokens[k].Span.Start;
            while (q < quoteSpans.Count && quoteSpans[q].End <= position)
            {
                q++;
            }

            InQuote[k] = q < quoteSpans.Count && quoteSpans[q].Contains(position);
        }

        DropNicknameMarks();
    }

    public string Text { get; } = text;

    /// <summary>
    /// "lead singer Tom “Tommy” Reyes told fans": one or two capitalised words in double marks between two
    /// capitalised words are a nickname inside a name. Their marks are dropped from the tokens, so the name
    /// reads as one phrase and the nickname's words are no quote.
    /// </summary>
    private void DropNicknameMarks()
    {
        for (int k = 1; k + 3 < Tokens.Count; k++)
        {
            int close = IsDoubleMark(k + 2) ? k + 2 : IsDoubleMark(k + 3) ? k + 3 : -1;
            if (!IsDoubleMark(k) || close < 0 || close + 1 >= Tokens.Count || !IsNameWord(k - 1) || !IsNameWord(close + 1)
                || Tokens[k].Span.End != Tokens[k + 1].Span.Start || Tokens[close - 1].Span.End != Tokens[close].Span.Start
                || Tokens[k - 1].Span.End == Tokens[k].Span.Start || Tokens[close].Span.End == Tokens[close + 1].Span.Start)
            {
                continue;
            }

            bool named = true;
            for (int w = k + 1; w < close; w++)
            {
                named &= IsNameWord(w);
            }

            if (named)
            {
                for (int w = k + 1; w < close; w++)
                {
                    InQuote[w] = false;
                }

                Array.Copy(InQuote, close + 1, InQuote, close, Tokens.Count - close - 1);
                Array.Copy(InQuote, k + 1, InQuote, k, Tokens.Count - k - 1);
                Tokens.RemoveAt(close);
                Tokens.RemoveAt(k);
            }
        }
    }

    private bool IsDoubleMark(int k) => Tokens[k].Kind == TokenKind.QuoteMark && CharClass.IsDoubleMark(Text[Tokens[k].Span.Start]);

    private bool IsNameWord(int k) => Tokens[k].IsWord && char.IsUpper(Text[Tokens[k].Span.Start]);

    public Sentence Sentence { get; private set; }

    public List<Token> Tokens { get; } = [];

    /// <summary>True for tokens inside a quote, marks included; entries past <see cref="Count"/> are stale.</summary>
    public bool[] InQuote { get; private set; } = [];

    public int Count => Tokens.Count;

    /// <summary>The index of the sentence's first word outside quotes, or -1 when it has none.</summary>
    public int FirstWord
    {
        get
        {
            if (_firstWord == Unknown)
            {
                _firstWord = -1;
                for (int k = 0; k < Tokens.Count; k++)
                {
                    if (IsWord(k))
                    {
                        _firstWord = k;
                        break;
                    }
                }
            }

            return _firstWord;
        }
    }

    // Word and IsWord run for nearly every token test of every cue rule; inlined, they cost a fifth less
    // of the cue stage than as calls.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Word(int k) => Tokens[k].Span.Of(Text);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int k) => k >= 0 && k < Tokens.Count && Tokens[k].IsWord && !InQuote[k];

    public bool IsPunct(int k, char c) =>
        k >= 0 && k < Tokens.Count && Tokens[k].Kind != TokenKind.Word && Text[Tokens[k].Span.Start] == c;

    public bool IsQuoteMark(int k) => k >= 0 && k < Tokens.Count && Tokens[k].Kind == TokenKind.QuoteMark;

    /// <summary>
    /// The apostrophe of a plural possessive (<c>Sanders’ campaign manager</c>, <c>the players' union</c>): a
    /// quote-mark token glued to a word in -s, with a lower-case word after it, closes no quotation.
    /// </summary>
    public bool IsPossessiveMark(int k)
    {
        if (!IsQuoteMark(k) || InQuote[k] || !IsWord(k - 1) || !IsWord(k + 1) || Tokens[k - 1].Span.End != Tokens[k].Span.Start)
        {
            return false;
        }

        char mark = Text[Tokens[k].Span.Start];
        ReadOnlySpan<char> before = Word(k - 1);
        return mark is '\'' or '\u2019' && (before[^1] is 's' or 'S') && char.IsLower(Word(k + 1)[0]);
    }

    /// <summary>
    /// What <paramref name="lookup"/> gives for word <paramref name="k"/>, looked up once per sentence and kept.
    /// One lexicon per view: every caller passes the same lookup (Cues' speech-verb entries).
    /// </summary>
    public T Entry<T>(int k, Func<ReadOnlySpan<char>, T> lookup)
        where T : class =>
        (T)(_entries[k] ??= lookup(Word(k)));

    public bool Is(int k, string word) =>
        IsWord(k) && Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalized(int k)
    {
        ReadOnlySpan<char> w = Word(k);
        return w.Length > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    /// <summary>True for all-capital words of two letters or more (<c>NATO</c>, <c>US</c>).</summary>
    public bool IsAcronym(int k)
    {
        ReadOnlySpan<char> w = Word(k);
        if (w.Length < 2)
        {
            return false;
        }

        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    public TextSpan Span(int from, int to) => TextSpan.FromBounds(Tokens[from].Span.Start, Tokens[to].Span.End);

    private static int FirstEndingAfter(List<TextSpan> spans, int position) =>
        Sorted.FirstAtOrAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans), position + 1, static span => span.End);
}
