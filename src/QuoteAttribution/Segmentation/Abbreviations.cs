using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Segmentation;

/// <summary>Words whose final period does not end a sentence (<c>Gen.</c>, <c>Oct.</c>, <c>U.S.</c>).</summary>
internal static class Abbreviations
{
    private static readonly System.Buffers.SearchValues<char> DottedLetters =
        System.Buffers.SearchValues.Create(".ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly FrozenSet<string> Known = Lexicon.Load("abbreviations.txt");
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="word"/> (without its final period) is an abbreviation: a listed one, a
    /// single letter (an initial), or dotted letters (<c>U.S</c>, <c>a.m</c>).
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return true;
        }

        if (word.Length >= 3 && word.Contains('.') && !word.ContainsAnyExcept(DottedLetters))
        {
            return true;
        }

        return Lookup.Contains(word);
    }
}
