using System.Collections.Frozen;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Coreference;

/// <summary>What a speaker phrase is: a pronoun, a name, a description that points back to a name, or a body.</summary>
internal sealed record MentionShape(string Name, SpeakerType Type, bool IsPronoun, bool IsNominal, string Head)
{
    private static readonly FrozenSet<string> Titles = LexiconFile.Set("titles.txt");
    private static readonly FrozenSet<string> OrganizationWords = LexiconFile.Set("organizations.txt");
    private static readonly FrozenSet<string> NameParticles = FrozenSet.Create(StringComparer.Ordinal, "al", "bin", "ibn", "de", "van", "von", "la", "le", "da", "di", "du", "del", "der", "dos", "el");
    private static readonly FrozenSet<string> Indefinites = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "one", "another", "two", "three", "four", "several", "some", "many", "other", "various", "multiple", "few");

    /// <summary>True for a title or rank written before names (<c>Gen.</c>, <c>Minister</c>).</summary>
    public static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));

    /// <summary>True for a word that makes a phrase an organisation (<c>Ministry</c>, <c>NATO</c>).</summary>
    public static bool IsOrganizationWord(string word) => OrganizationWords.Contains(Possessive(word));

    public static MentionShape Of(string mention)
    {
        string[] words = mention.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return new MentionShape("", SpeakerType.Unknown, false, false, "");
        }

        if (words.Length == 1 && Cues.WordClasses.Pronouns.Contains(words[0]))
        {
            string lower = words[0].ToLowerInvariant();
            return new MentionShape("", lower is "they" or "we" ? SpeakerType.Group : SpeakerType.Person, true, false, lower);
        }

        int runStart = words.Length;
        while (runStart > 0 && (IsCapitalized(words[runStart - 1]) || (NameParticles.Contains(words[runStart - 1]) && runStart < words.Length)))
        {
            runStart--;
        }

        string head = words[^1].TrimEnd('.');
        bool organization = words.Any(w => OrganizationWords.Contains(Possessive(w))) || (words.Length - runStart == 1 && IsAcronym(words[^1]));
        if (runStart < words.Length)
        {
            int nameStart = runStart;
            while (nameStart < words.Length && (Titles.Contains(words[nameStart].TrimEnd('.')) || Titles.Contains(words[nameStart])))
            {
                nameStart++;
            }

            string run = string.Join(' ', words[nameStart..]);
            if (organization)
            {
                return new MentionShape(Describe(words), SpeakerType.Organization, false, false, head);
            }

            if (nameStart < words.Length)
            {
                return new MentionShape(run, SpeakerType.Person, false, false, head);
            }
        }

        if (organization && !Indefinites.Contains(words[0]))
        {
            return new MentionShape(Describe(words), SpeakerType.Organization, false, false, head);
        }

        if (Indefinites.Contains(words[0]))
        {
            return new MentionShape(string.Join(' ', words), SpeakerType.Anonymous, false, false, head);
        }

        bool plural = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);
        if (plural && !words[0].Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return new MentionShape(string.Join(' ', words), SpeakerType.Group, false, false, head);
        }

        return new MentionShape(Describe(words), plural ? SpeakerType.Group : SpeakerType.Person, false, !plural, head);
    }

    private static string Describe(string[] words) =>
        string.Join(' ', words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? words[1..] : words);

    private static string Possessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;

    private static bool IsCapitalized(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => !char.IsLower(c));
}
