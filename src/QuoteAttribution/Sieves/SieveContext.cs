using System.Collections.Immutable;
using QuoteAttribution.Cues;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>What a sieve may read: the article's text, segments, statements, cues and earlier decisions.</summary>
public sealed class SieveContext
{
    private readonly Attribution?[] _decisions;

    internal SieveContext(string text, ImmutableArray<Paragraph> paragraphs, ImmutableArray<Sentence> sentences, IReadOnlyList<Statement> statements, IReadOnlyList<Cue> cues, IReadOnlyList<NameMention> names)
    {
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
        Statements = statements;
        Cues = cues;
        Names = names;
        _decisions = new Attribution?[statements.Count];
    }

    /// <summary>The normalized article text.</summary>
    public string Text { get; }

    /// <summary>The article's paragraphs.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <summary>The article's sentences.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>The statements in reading order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>Every cue found, in reading order.</summary>
    public IReadOnlyList<Cue> Cues { get; }

    /// <summary>Person names in running text, in reading order.</summary>
    public IReadOnlyList<NameMention> Names { get; }

    /// <summary>The decision made so far for statement <paramref name="index"/>, if any.</summary>
    public Attribution? DecisionFor(int index) => _decisions[index];

    /// <summary>The index of the first name that starts at or after <paramref name="position"/> (binary search).</summary>
    internal int FirstNameFrom(int position)
    {
        int lo = 0;
        int hi = Names.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Names[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The index of the first cue in sentence <paramref name="sentence"/> or a later one (<see cref="Cues"/> is
    /// in sentence order): sieves look at one sentence's cues without scanning the whole article's.
    /// </summary>
    internal int FirstCueFrom(int sentence)
    {
        int lo = 0;
        int hi = Cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Cues[mid].Sentence < sentence)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The index of the first sentence that starts at or after <paramref name="position"/>.</summary>
    internal int FirstSentenceFrom(int position)
    {
        int lo = 0;
        int hi = Sentences.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Sentences[mid].Span.Start < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    internal void Decide(Attribution attribution) => _decisions[attribution.Statement] = attribution;
}
