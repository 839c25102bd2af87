
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
public static partial class MentionParser
{
    /// <summary>
    /// Parses one mention. A comma splits it into a name and an appositive, in either order
    /// (<c>Britain's defense minister, Michael Fallon</c>; <c>Ash Carter, the U.S. defense secretary</c>).
    /// </summary>
    public static ParsedMention Parse(string mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        int comma = mention.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || IsListedName(mention))
        {
            return ParsePhrase(mention);
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
        ParsedMention second = ParsePhrase(appositive);
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

    private static ParsedMention ParsePhrase(string phrase)
    {
        string text = phrase.Trim();
        if (text.Length == 0)
        {
            return ParsedMention.Empty;
        }

        // "Democratic Unionist Party (DUP)": the abbreviation in brackets repeats the name before it.
        if (text.EndsWith(')') && text.LastIndexOf('(') is > 0 and int open && IsAbbreviation(text.AsSpan(open + 1, text.Length - open - 2)))
        {
            return ParsePhrase(text[..open]);
        }

        // "US" in capitals is the country, not the pronoun.
        bool shouted = text.Length > 1 && !text.AsSpan().ContainsAnyInRange('a', 'z');
        if (!shouted && EntityLexicons.Pronouns.TryGetValue(text, out string? code))
        {
            return Pronoun(code);
        }

        if (NamedPersonOfPlace(text) is { } placed)
        {
            return placed;
        }

        Span<Range> buffer = stackalloc Range[MaxWords];
        MentionTokens tokens = new(text, buffer);
        return tokens.Count == 0 ? ParsedMention.Empty : ParseTokens(tokens);
    }

    /// <summary>
    /// "Sen. Ann Lee of Ohio", "Tom Reyes of the Brookings Institution", "Ruth Adler from Dayton": a named
    /// person followed by where they come from. The place or body is the affiliation, never part of the
    /// name. Only when the words before "of" read as a person's name: "Secretary of State Tom Vance" and
    /// "the Bank of Canada" keep their "of".
    /// </summary>
    private static ParsedMention? NamedPersonOfPlace(string text)
    {
        int of = text.IndexOf(" of ", StringComparison.Ordinal);
        int from = text.IndexOf(" from ", StringComparison.Ordinal);
        int split = of < 0 ? from : from < 0 ? of : Math.Min(of, from);
        if (split <= 0)
        {
            return null;
        }

        string before = text[..split];
        int lastSpace = before.LastIndexOf(' ');
        if (!char.IsUpper(before[lastSpace + 1]))
        {
            return null;
        }

        // The place is a proper name ("the Brookings Institution"); "Friends of the Earth spokesperson Ann Lee"
        // goes on past it to the person.
        string place = text[(split + (split == of ? 4 : 6))..];
        if (!place.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IsProperNameWord))
        {
            return null;
        }

        // "Daughters of the American Revolution": one unknown word before "of" is no person's name.
        ParsedMention person = ParsePhrase(before);
        if (person.Type != SpeakerType.Person || person.Name.Length == 0 || person.IsPronoun
            || (!person.Name.Contains(' ', StringComparison.Ordinal) && person.Title.Length == 0))
        {
            return null;
        }

        return person.Affiliation.Length > 0 ? person : person with { Affiliation = Affiliations.Normalize(place) };
    }

    private static ParsedMention Pronoun(string code)
    {
        Gender gender = EntityLexicons.FromCode(code);
        SpeakerType type = gender switch
        {
            Gender.Plural => SpeakerType.Group,
            Gender.Neuter => SpeakerType.Organization,
            _ => SpeakerType.Person,
        };
        return new ParsedMention { Type = type, Gender = gender, IsPronoun = true };
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c) && c != '-' && c != '&')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the Marine, Weather and Geology Agency": commas that list the parts of one capitalised
    /// name (the last part joined by "and") are no appositive.
    /// </summary>
    private static bool IsListedName(string mention)
    {
        int and = mention.LastIndexOf(" and ", StringComparison.Ordinal);
        if (and < mention.LastIndexOf(','))
        {
            return false;
        }

        return mention.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).All(IsProperNameWord);
    }

    /// <summary>A word of a proper name: capitalised, or one of the small words that join its parts.</summary>
    private static bool IsProperNameWord(string word) => char.IsUpper(word[0]) || word is "and" or "of" or "the" or "for";
}
