using System.Collections.Frozen;

namespace QuoteAttribution.Text;

/// <summary>
/// A frozen word list asked about spans of text, which rules most words out by their shape
/// (<see cref="WordShapes"/>) before the hash lookup. The rule stages ask a dozen lists about nearly every word
/// of an article and almost every answer is no: the frozen lookups, each hashing the whole word ignoring case,
/// were 7–9% of a real-news run.
/// </summary>
/// <remarks>
/// Exact: a word whose shape no word of the list has is in the list under neither
/// <see cref="StringComparer.OrdinalIgnoreCase"/> nor <see cref="StringComparer.Ordinal"/>.
/// </remarks>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    /// <summary>A set of <paramref name="set"/>'s words, compared with its comparer (ordinal, with or without case).</summary>
    public WordSet(FrozenSet<string> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        Set = set;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(set);
    }

    /// <summary>The words.</summary>
    public FrozenSet<string> Set { get; }

    /// <summary>True when <paramref name="word"/> is one of the words, under the set's comparer.</summary>
    public bool Contains(ReadOnlySpan<char> word) => (_shapes.MayContain(word) || word.IsEmpty) && _lookup.Contains(word);
}
