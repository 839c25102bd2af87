namespace QuoteAttribution.Entities;

/// <summary>
/// The reading of mentions whose words the lexicons do not know (<c>Cambridge cartoonist Andre
/// Campbell</c>, <c>Coach Sam Price</c>, <c>the soft-spoken printmaker</c>): the capitalised run at the end is
/// the name, starting at a known first name when there is one; a definite description with no name is a
/// nominal reference; an indefinite one an anonymous source. Each step answers or passes to the next.
/// </summary>
internal static class LenientMentionReading
{
    /// <summary>Parses like <see cref="MentionParser.Parse(string, string?)"/>, then reads an unknown mention by its shape.</summary>
    public static ParsedMention Read(string head, string? appositive)
    {
        ArgumentNullException.ThrowIfNull(head);
        ParsedMention parsed = MentionParser.Parse(head, appositive);
        if (parsed.Type == SpeakerType.Person)
        {
            return NameAfterDescription(parsed, head) ?? StripLeadingRole(parsed) ?? CapitalLettersBody(parsed) ?? parsed;
        }

        if (parsed.Type != SpeakerType.Unknown || parsed.IsPronoun)
        {
            return parsed;
        }

        string[] words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return ShortAcronym(parsed, words) ?? PluralGroup(parsed, words) ?? CapitalizedRun(parsed, words) ?? ByDeterminer(parsed, words);
    }

    /// <summary>
    /// "FBI general counsel Ann Baker", "chief rival Tom Ward": a description the parser read whole, with no name,
    /// that ends in a known first name and a capitalised surname, is that person with the words before as role.
    /// </summary>
    private static ParsedMention? NameAfterDescription(ParsedMention parsed, string head)
    {
        if (!parsed.IsNominal || parsed.Name.Length > 0)
        {
            return null;
        }

        string[] words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int first = Math.Max(1, words.Length - 3); first < words.Length - 1; first++)
        {
            if (EntityLexicons.FirstNames.ContainsKey(words[first]) && words[first..].All(IsCapitalized) && !IsCapitalized(words[first - 1]))
            {
                string role = string.Join(' ', words[..first]);
                return parsed with
                {
                    Name = string.Join(' ', words[first..]),
                    Role = role.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? role[4..] : role,
                    RoleHead = words[first - 1].ToLowerInvariant(),
                    IsNominal = false,
                    Gender = EntityLexicons.GenderOf(words[first]),
                };
            }
        }

        return null;
    }

    /// <summary>"Actress Maria Lopez": a role word written with a capital before a name is the role, not the name.</summary>
    private static ParsedMention? StripLeadingRole(ParsedMention parsed)
    {
        if (MentionWords.SplitWords(parsed.Name, out ReadOnlySpan<char> first, out _) < 3
            || !(EntityLexicons.Roles.Contains(first) || EntityLexicons.People.Contains(first)))
        {
            return null;
        }

        string[] words = parsed.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        string role = parsed.Role.Length > 0 ? parsed.Role + " " + words[0] : words[0];
        return parsed with { Name = string.Join(' ', words[1..]), Role = role, RoleHead = words[0].ToLowerInvariant(), Gender = parsed.Gender != Gender.Unknown ? parsed.Gender : EntityLexicons.GenderOf(words[1]) };
    }

    /// <summary>"CWU Local 114", "NHS Trust": a name that opens with letters in capitals is a body, not a person.</summary>
    private static ParsedMention? CapitalLettersBody(ParsedMention parsed)
    {
        if (MentionWords.SplitWords(parsed.Name, out ReadOnlySpan<char> firstName, out _) >= 2
            && firstName.Length >= 2 && IsAllUpper(firstName))
        {
            return parsed with { Type = SpeakerType.Organization, Description = parsed.Name, Name = "", Gender = Gender.Neuter };
        }

        return null;
    }

    /// <summary>"DUP", "the PBO": letters in capitals name a body, not a person.</summary>
    private static ParsedMention? ShortAcronym(ParsedMention parsed, string[] words)
    {
        string last = words.Length > 0 ? words[^1] : "";
        if (words.Length is 1 or 2 && IsAcronym(last))
        {
            return parsed with { Type = SpeakerType.Organization, Description = string.Join(' ', words.Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase))) };
        }

        return null;
    }

    /// <summary>
    /// "Many Winter Shelter users", "Harbour Telecom customers": a phrase that ends in a plural noun names a
    /// group; the capitalised words before it only modify the noun.
    /// </summary>
    private static ParsedMention? PluralGroup(ParsedMention parsed, string[] words)
    {
        string last = words.Length > 0 ? words[^1] : "";
        if (words.Length >= 2 && last.Length > 3 && char.IsLower(last[0]) && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal))
        {
            return parsed with { Type = SpeakerType.Group, Gender = Gender.Plural };
        }

        return null;
    }

    /// <summary>
    /// The capitalised run at the end (before an "of"/"from" place) is a person's name, starting at a known
    /// first name when there is one; the words before it are the role. A run that is one word in capitals
    /// ("6 per cent and the PBO") is a body.
    /// </summary>
    private static ParsedMention? CapitalizedRun(ParsedMention parsed, string[] words)
    {
        int of = Array.FindIndex(words, w => w is "of" or "from");
        string[] phrase = of > 0 && IsCapitalized(words[of - 1]) ? words[..of] : words;
        int start = phrase.Length;
        while (start > 0 && (IsCapitalized(phrase[start - 1]) || (start < phrase.Length && EntityLexicons.NameParticles.Contains(phrase[start - 1]))))
        {
            start--;
        }

        if (start == phrase.Length - 1 && IsAcronym(phrase[start]))
        {
            return parsed with { Type = SpeakerType.Organization, Description = phrase[start], Gender = Gender.Neuter };
        }

        if (start == phrase.Length)
        {
            return null;
        }

        int first = Array.FindIndex(phrase, start, w => EntityLexicons.FirstNames.ContainsKey(w));
        int nameStart = first >= 0 && phrase.Length - first >= 2 ? first : start;
        string role = string.Join(' ', phrase[..nameStart]);
        return parsed with
        {
            Name = string.Join(' ', phrase[nameStart..]),
            Type = SpeakerType.Person,
            Role = role,
            RoleHead = nameStart > 0 ? phrase[nameStart - 1].ToLowerInvariant() : "",
            Gender = first >= 0 ? EntityLexicons.GenderOf(phrase[first]) : Gender.Unknown,
        };
    }

    /// <summary>No name: a definite description is a nominal reference, an indefinite one an anonymous source.</summary>
    private static ParsedMention ByDeterminer(ParsedMention parsed, string[] words)
    {
        string determiner = words[0].ToLowerInvariant();
        string headWord = words[^1].ToLowerInvariant();
        return determiner switch
        {
            "the" or "this" or "that" => parsed with { Type = SpeakerType.Person, IsNominal = true, RoleHead = headWord, Role = string.Join(' ', words[1..]) },
            "a" or "an" or "one" or "another" => parsed with { Type = SpeakerType.Anonymous },
            _ => parsed with { Type = headWord.EndsWith('s') ? SpeakerType.Group : SpeakerType.Anonymous },
        };
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '&');
}
