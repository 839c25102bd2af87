namespace QuoteAttribution.Entities;

/// <summary>The grammar of one phrase read as words: determiner, description, title, name.</summary>
internal static class MentionGrammar
{
    // Longer mentions keep their last words: the name and role come last.
    internal const int MaxWords = 48;

    internal static ParsedMention Parse(in MentionTokens tokens)
    {
        int n = tokens.Count;
        int det = DeterminerWords(tokens, out string? detKind);
        int nameStart = det < n ? TrailingName.Start(tokens, det) : n;
        // "the PBO", "DUP": a lone acronym with nothing before it names an organisation, not a person.
        if (nameStart == det && n - nameStart == 1 && IsBareAcronym(tokens[nameStart]))
        {
            return Organization(tokens, det);
        }

        if (nameStart < n && TrailingName.HasPersonContext(tokens, nameStart, det))
        {
            return Named(tokens, det, nameStart);
        }

        if (nameStart < n && tokens.LongestEndingAt(nameStart, det, MentionWords.Organization) > 0)
        {
            // "the state news agency SANA", "Arab daily Al Hayat"
            return Organization(tokens, det);
        }

        return Described(tokens, det, detKind);
    }

    private static ParsedMention Named(in MentionTokens tokens, int det, int nameStart)
    {
        int titleWords = tokens.LongestEndingAt(nameStart, det, MentionWords.Title);
        int titleStart = nameStart - titleWords;
        RolePhrase phrase = DescriptionSplitter.Split(tokens, det, titleStart, titleWords);
        string title = phrase.TakesTitle ? "" : tokens.Text(titleStart, nameStart);
        bool honorific = titleWords > 0 && EntityLexicons.Honorifics.Contains(tokens.Slice(titleStart, nameStart));
        string role = phrase.Role.Length > 0 ? phrase.Role : honorific ? "" : title;
        string roleHead = phrase.Role.Length > 0 ? phrase.RoleHead : honorific ? "" : RoleHeads.Of(title);
        Gender gender = EntityLexicons.GenderOf(tokens.Slice(titleStart, nameStart));
        if (gender == Gender.Unknown)
        {
            gender = EntityLexicons.GenderOf(roleHead);
        }

        if (gender == Gender.Unknown)
        {
            gender = EntityLexicons.GenderOf(tokens[nameStart]);
        }

        return new ParsedMention
        {
            Name = tokens.Text(nameStart, tokens.Count),
            Title = title,
            Role = role,
            RoleHead = roleHead,
            Affiliation = phrase.Affiliation,
            Type = SpeakerType.Person,
            Gender = gender,
        };
    }

    private static ParsedMention Described(in MentionTokens tokens, int det, string? detKind)
    {
        int n = tokens.Count;
        ReadOnlySpan<char> head = tokens[n - 1];
        string? headKind = EntityLexicons.AnonymousKind(head);
        bool plural = headKind is not null && head[^1] is 's' or 'S';
        if (headKind == "official" && plural && detKind == "definite")
        {
            return Group(tokens, det);
        }

        if (headKind is not null && det < n)
        {
            RolePhrase phrase = DescriptionSplitter.Split(tokens, det, n, 0);
            bool anonymous = headKind == "source" || detKind != "definite";
            return new ParsedMention
            {
                Role = headKind == "source" ? "" : phrase.Role,
                RoleHead = headKind == "source" ? "" : phrase.RoleHead,
                Affiliation = phrase.Affiliation,
                Description = Description(tokens, det, anonymous),
                Type = anonymous ? SpeakerType.Anonymous : SpeakerType.Person,
                Gender = plural ? Gender.Plural : Gender.Unknown,
                IsNominal = !anonymous,
            };
        }

        if (IsGroupHead(head))
        {
            return Group(tokens, det);
        }

        RolePhrase role = det < n ? DescriptionSplitter.Split(tokens, det, n, 0) : RolePhrase.None;
        if (role.Role.Length > 0)
        {
            bool anonymous = detKind == "indefinite";
            return new ParsedMention
            {
                Role = role.Role,
                RoleHead = role.RoleHead,
                Affiliation = role.Affiliation,
                Description = Description(tokens, det, anonymous),
                Type = anonymous ? SpeakerType.Anonymous : SpeakerType.Person,
                Gender = EntityLexicons.GenderOf(role.RoleHead),
                IsNominal = !anonymous,
            };
        }

        if (det < n && (tokens.LongestEndingAt(n, det, MentionWords.Organization) > 0
            || MentionWords.Country(tokens.Slice(det, n)) || HasCapitalizedOrganization(tokens, det)))
        {
            return Organization(tokens, det);
        }

        return new ParsedMention { Description = Description(tokens, det, anonymous: false) };
    }

    private static ParsedMention Organization(in MentionTokens tokens, int det)
    {
        ReadOnlySpan<char> first = tokens[Math.Min(det, tokens.Count - 1)];
        string affiliation = tokens.Count - det > 1 && MentionWords.Country(first) ? Affiliations.Normalize(first) : "";
        return new ParsedMention
        {
            Affiliation = affiliation,
            Description = Description(tokens, det, anonymous: false),
            Type = SpeakerType.Organization,
            Gender = Gender.Neuter,
        };
    }

    private static ParsedMention Group(in MentionTokens tokens, int det) => new()
    {
        Description = Description(tokens, det, anonymous: false),
        Type = SpeakerType.Group,
        Gender = Gender.Plural,
    };

    // Anonymous sources keep their determiner ("a military source"); others lose a leading "the".
    private static string Description(in MentionTokens tokens, int det, bool anonymous)
    {
        int from = !anonymous && det > 0 && tokens[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return tokens.Text(from, tokens.Count);
    }

    private static int DeterminerWords(in MentionTokens tokens, out string? kind)
    {
        kind = null;
        int words = tokens.LongestAt(0, tokens.Count, static w => EntityLexicons.AnonymousKind(w) is "definite" or "indefinite");
        if (words > 0)
        {
            kind = EntityLexicons.AnonymousKind(tokens.Slice(0, words));
        }

        return words;
    }

    private static bool IsGroupHead(ReadOnlySpan<char> head) =>
        EntityLexicons.Groups.Contains(head)
        || (head.Length > 3 && head[^1] is 's' && MentionWords.RoleUnit(head[..^1]));

    private static bool HasCapitalizedOrganization(in MentionTokens tokens, int det)
    {
        for (int i = det; i < tokens.Count; i++)
        {
            if (tokens.IsCapitalized(i) && MentionWords.Organization(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two to six capitals and nothing else (<c>PBO</c>, <c>DUP</c>): an organisation's short name. Stricter
    /// than the lenient reading's acronyms, which also take digits and <c>&amp;</c>.
    /// </summary>
    internal static bool IsBareAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
