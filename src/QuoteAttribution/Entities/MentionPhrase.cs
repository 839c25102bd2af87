namespace QuoteAttribution.Entities;

/// <summary>
/// One phrase of a mention before its words are read: trims it, drops an abbreviation in brackets that
/// repeats the name, answers pronouns, splits a named person from the place after "of"/"from", and
/// hands the rest to <see cref="MentionGrammar"/>.
/// </summary>
internal static class MentionPhrase
{
    internal static ParsedMention Parse(string phrase)
    {
        string text = phrase.Trim();
        if (text.Length == 0)
        {
            return ParsedMention.Empty;
        }

        // "Democratic Unionist Party (DUP)": the abbreviation in brackets repeats the name before it.
        if (text.EndsWith(')') && text.LastIndexOf('(') is > 0 and int open && IsAbbreviation(text.AsSpan(open + 1, text.Length - open - 2)))
        {
            return Parse(text[..open]);
        }

        // "US" in capitals is the country, not the pronoun.
        bool shouted = text.Length > 1 && !text.AsSpan().ContainsAnyInRange('a', 'z');
        if (!shouted && EntityLexicons.Pronouns.TryGetValue(text, out string? code))
        {
            return Pronoun(code);
        }

        // "Another wrote", "“...,” one said": a lone indefinite stands for someone the article does not name.
        if (MentionWords.IsLoneIndefinite(text))
        {
            return new ParsedMention { Description = text, Type = SpeakerType.Anonymous };
        }

        if (NamedPersonOfPlace(text) is { } placed)
        {
            return placed;
        }

        Span<Range> buffer = stackalloc Range[MentionGrammar.MaxWords];
        MentionTokens tokens = new(text, buffer);
        return tokens.Count == 0 ? ParsedMention.Empty : MentionGrammar.Parse(tokens);
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
        ParsedMention person = Parse(before);
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
    internal static bool IsListedName(string mention)
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
