using System.Collections.Immutable;
using QuoteAttribution.Cues;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Statements;
using QuoteAttribution.Text;

namespace QuoteAttribution.Sieves;

/// <summary>What a sieve may read: the article's text, segments, statements, cues and earlier decisions.</summary>
public sealed class SieveContext
{
    private readonly Attribution?[] _decisions;
    private readonly List<Cue> _cues;
    private readonly List<NameMention> _names;

    internal SieveContext(string text, ImmutableArray<Paragraph> paragraphs, ImmutableArray<Sentence> sentences, IReadOnlyList<Statement> statements, List<Cue> cues, List<NameMention> names)
    {
        _cues = cues;
        _names = names;
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
    internal int FirstNameFrom(int position) =>
        Sorted.FirstAtOrAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_names), position, static n => n.Span.Start);

    /// <summary>
    /// The index of the first cue in sentence <paramref name="sentence"/> or a later one (<see cref="Cues"/> is
    /// in sentence order): sieves look at one sentence's cues without scanning the whole article's.
    /// </summary>
    internal int FirstCueFrom(int sentence) =>
        Sorted.FirstAtOrAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_cues), sentence, static c => c.Sentence);

    /// <summary>The index of the first sentence that starts at or after <paramref name="position"/>.</summary>
    internal int FirstSentenceFrom(int position) =>
        Sorted.FirstAtOrAfter(Sentences.AsSpan(), position, static s => s.Span.Start);

    internal void Decide(Attribution attribution) => _decisions[attribution.Statement] = attribution;
}
