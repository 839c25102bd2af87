using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>Words with a possessive <c>'s</c> (<c>Clinton's</c>, <c>KTV’s</c>), told apart from a contracted pronoun (<c>he's</c>).</summary>
internal static class Possessives
{
    /// <summary>
    /// A possessive (<c>Clinton's</c>, <c>the city's</c>); a contracted pronoun (<c>he's</c> for
    /// "he has", <c>who's</c>) is a subject and its verb a cue.
    /// </summary>
    public static bool IsPossessive(SentenceView s, int j)
    {
        if (!s.IsWord(j) || s.Word(j).Length < 3)
        {
            return false;
        }

        ReadOnlySpan<char> word = s.Word(j);
        if (!word.EndsWith("'s", StringComparison.Ordinal) && !word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }

        string stem = word[..^2].ToString().ToLowerInvariant();
        return !Entities.EntityLexicons.Pronouns.ContainsKey(stem) && stem is not ("who" or "that" or "there" or "what" or "here" or "where" or "everyone" or "someone" or "nobody");
    }

    /// <summary>True when the word at <paramref name="k"/> ends in <c>'s</c> or <c>’s</c>.</summary>
    public static bool EndsWithMark(SentenceView s, int k) =>
        s.IsWord(k) && s.Word(k) is [.., '\'' or '\u2019', 's'];
}
