
namespace QuoteAttribution.Entities;

/// <summary>
/// Takes a speaker mention apart into name, title, role and affiliation, and tells what kind of
/// speaker it is, for every way newsrooms write them. Pure and thread-safe; the lexicons are loaded
/// once per process and the words are scanned in place, so a call allocates only its result.
/// </summary>
/// <example>
/// <code>
/// Russia's Foreign Minister Sergei Lavrov            → Sergei Lavrov | role Foreign Minister | Russia
/// Ash Carter + "the U.S. defense secretary"          → Ash Carter | role defense secretary | U.S.
/// Britain's defense minister, Michael Fallon         → Michael Fallon | role defense minister | Britain
/// Chinese foreign ministry spokesperson Hua Chunying → Hua Chunying | spokesperson | Chinese foreign ministry
/// Colonel Steve Warren + "the spokesman for the US-led coalition"
///                                                    → Steve Warren | title Colonel | spokesman | US-led coalition
/// the Russian defense ministry                       → organization "Russian defense ministry"
/// a military source                                  → anonymous "a military source"
/// the Maj. Gen.                                      → nominal person, role head "general"
/// she                                                → pronoun, female
/// </code>
/// </example>
public static class MentionParser
{
    /// <summary>
    /// Parses one mention. A comma splits it into a name and an appositive, in either order
    /// (<c>Britain's defense minister, Michael Fallon</c>; <c>Ash Carter, the U.S. defense secretary</c>).
    /// </summary>
    public static ParsedMention Parse(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        int comma = mention.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || MentionPhrase.IsListedName(mention))
        {
            return MentionPhrase.Parse(mention);
        }

        return Parse(mention[..comma], mention[(comma + 1)..]);
    }

    /// <summary>
    /// Parses a head mention with the appositive written next to it (the phrase between commas before or
    /// after the name). The role and affiliation the head gives win; the appositive fills what it lacks,
    /// and its role replaces a role that is only a rank (<c>Colonel</c> + <c>the spokesman ...</c>), not an
    /// office (<c>Prime Minister</c>).
    /// </summary>
    public static ParsedMention Parse(string head, string? appositive)
    {
        ArgumentNullException.ThrowIfNull(head);
        if (string.IsNullOrWhiteSpace(appositive))
        {
            return Parse(head);
        }

        ParsedMention first = Parse(head);
        ParsedMention second = MentionPhrase.Parse(appositive);
        if (first.Name.Length == 0 && second.Name.Length > 0)
        {
            (first, second) = (second, first);
        }

        // "their allies, members of the Democratic Unionist Party": the named organisation says more than the description.
        if (first.Name.Length == 0 && !head.AsSpan().ContainsAnyInRange('A', 'Z') && second.Type == SpeakerType.Organization
            && second.Speaker.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            return second;
        }

        if (first.Name.Length == 0 || first.Type != SpeakerType.Person || second.Name.Length > 0)
        {
            return first;
        }

        bool roleIsRank = string.Equals(first.Role, first.Title, StringComparison.Ordinal) && EntityLexicons.Ranks.Contains(first.Title);
        bool useSecondRole = second.Role.Length > 0 && (first.Role.Length == 0 || roleIsRank);
        return first with
        {
            Role = useSecondRole ? second.Role : first.Role,
            RoleHead = useSecondRole ? second.RoleHead : first.RoleHead,
            Affiliation = first.Affiliation.Length > 0 ? first.Affiliation : second.Affiliation,
            Gender = first.Gender != Gender.Unknown ? first.Gender : second.Gender,
        };
    }

    /// <summary>Parses like <see cref="Parse(string, string?)"/>, then reads an unknown mention by its shape.</summary>
    public static ParsedMention ParseLenient(string head, string? appositive) => LenientMentionReading.Read(head, appositive);
}
