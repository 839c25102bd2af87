using System.Collections.Frozen;
using QuoteAttribution.Text;
using static QuoteAttribution.Entities.EntityLexicons;

namespace QuoteAttribution.Entities;

/// <summary>
/// Word classes of the mention grammar as span predicates over the lexicons. The delegates are static
/// and cached, so passing them to <see cref="MentionTokens"/> allocates nothing.
/// </summary>
internal static class MentionWords
{
    // Unions of lexicons that share one case-insensitive comparer: one lookup answers "in any of them".
    private static readonly WordSet RoleUnits =
        Union(Roles.Set, Titles.Set, People.Set);

    private static readonly WordSet Known =
        Union(Roles.Set, Titles.Set, People.Set, Organizations.Set, Countries.Dictionary.Keys, Groups.Set, RoleModifiers.Set,
            Anonymous.Dictionary.Keys, Pronouns.Dictionary.Keys);

    /// <summary>A title or honorific written before a name.</summary>
    public static readonly Func<ReadOnlySpan<char>, bool> Title = static w => Titles.Contains(w);

    /// <summary>A word that can head a role phrase: a role noun, a title, or a person noun.</summary>
    public static readonly Func<ReadOnlySpan<char>, bool> RoleUnit =
        static w => RoleUnits.Contains(w);

    /// <summary>A role unit, or an anonymous head (<c>source</c>).</summary>
    public static readonly Func<ReadOnlySpan<char>, bool> RoleOrSourceUnit =
        static w => RoleUnit(w) || AnonymousKind(w) is "source" or "official";

    /// <summary>An organisation head word or a body known by one name.</summary>
    public static readonly Func<ReadOnlySpan<char>, bool> Organization = static w => Organizations.Contains(w) && AcronymCase(w);

    /// <summary>A country, or a word that points to one (<c>Chinese</c>).</summary>
    public static readonly Func<ReadOnlySpan<char>, bool> Country = static w => Countries.ContainsKey(w) && AcronymCase(w);

    /// <summary>Any word the lexicons know, which therefore cannot be part of a personal name.</summary>
    public static readonly Func<ReadOnlySpan<char>, bool> NotName = static w => Known.Contains(w) && (
        RoleUnit(w) || Organization(w) || Country(w) || Groups.Contains(w) || RoleModifiers.Contains(w)
        || Anonymous.ContainsKey(w) || (Pronouns.ContainsKey(w) && w.Length > 1));

    /// <summary>True when <paramref name="word"/> may start a role phrase before its head.</summary>
    public static bool IsModifier(ReadOnlySpan<char> word) => RoleModifiers.Contains(word);

    /// <summary>
    /// "another" or "one" standing alone for someone the article does not name ("Another wrote", "“...,” one said");
    /// the cue stage reads such a word as a speaker, the mention parser types it anonymous.
    /// </summary>
    public static bool IsLoneIndefinite(ReadOnlySpan<char> word) => word is "another" or "Another" or "one" or "One";

    /// <summary>True for a lower-case name particle (<c>al</c>, <c>von</c>).</summary>
    public static bool IsParticle(ReadOnlySpan<char> word) => char.IsLower(word[0]) && NameParticles.Contains(word);

    /// <summary>True for a preposition that introduces the body a role belongs to.</summary>
    public static bool IsAffiliationPreposition(ReadOnlySpan<char> word) =>
        word is "for" or "of" or "at" or "with" or "from" or "in";

    private static WordSet Union(params IEnumerable<string>[] lexicons) =>
        new(lexicons.SelectMany(words => words).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The number of words of <paramref name="text"/> split at spaces, as <c>Split(' ',
    /// RemoveEmptyEntries)</c> counts them, with the first and the last (empty when there are none); nothing is copied.
    /// </summary>
    public static int SplitWords(ReadOnlySpan<char> text, out ReadOnlySpan<char> first, out ReadOnlySpan<char> last)
    {
        int count = 0;
        first = [];
        last = [];
        foreach (Range range in text.Split(' '))
        {
            ReadOnlySpan<char> word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            first = count == 0 ? word : first;
            last = word;
            count++;
        }

        return count;
    }

    /// <summary>
    /// Short unpunctuated organisation and country entries (<c>un</c>, <c>us</c>, <c>who</c>, <c>ap</c>)
    /// are acronyms only when written in capitals, so that <c>Kim Jong Un</c> and <c>us</c> are neither.
    /// </summary>
    private static bool AcronymCase(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 || word.IndexOfAny(". ") >= 0)
        {
            return true;
        }

        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
