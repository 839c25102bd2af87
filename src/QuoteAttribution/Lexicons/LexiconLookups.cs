using System.Collections.Frozen;

// In the root namespace on purpose: every stage sees the lookup without a using of its own.
namespace QuoteAttribution;

/// <summary>
/// Looks up a word of the text in a lexicon set without making a string of it: the set's own
/// case-insensitive comparer, through its <see cref="ReadOnlySpan{T}"/> alternate lookup.
/// </summary>
internal static class LexiconLookups
{
    /// <summary>True when <paramref name="set"/> holds <paramref name="word"/> (ignoring case, as the set does).</summary>
    /// <example><c>WordClasses.Pronouns.Contains(s.Word(k))</c></example>
    public static bool Contains(this FrozenSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
