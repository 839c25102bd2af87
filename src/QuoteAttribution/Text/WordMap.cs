using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace QuoteAttribution.Text;

/// <summary>
/// A frozen word-to-value lexicon asked about spans of text, which rules most words out by their shape
/// (<see cref="WordShapes"/>) before the hash lookup, as <see cref="WordSet"/> does for word lists: the names
/// and pronoun lexicons are asked about nearly every capitalised word.
/// </summary>
internal sealed class WordMap
{
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordShapes _shapes;

    /// <summary>A map of <paramref name="dictionary"/>'s entries, compared with its comparer.</summary>
    public WordMap(FrozenDictionary<string, string> dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        Dictionary = dictionary;
        _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        _shapes = new WordShapes(dictionary.Keys);
    }

    /// <summary>The entries.</summary>
    public FrozenDictionary<string, string> Dictionary { get; }

    /// <summary>True when <paramref name="word"/> is a key, under the dictionary's comparer.</summary>
    public bool ContainsKey(ReadOnlySpan<char> word) => MayContain(word) && _lookup.ContainsKey(word);

    /// <summary>The value of key <paramref name="word"/>, when it is one.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, [MaybeNullWhen(false)] out string value)
    {
        if (MayContain(word))
        {
            return _lookup.TryGetValue(word, out value);
        }

        value = null;
        return false;
    }

    private bool MayContain(ReadOnlySpan<char> word) => _shapes.MayContain(word) || word.IsEmpty;
}
