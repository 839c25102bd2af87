using System.Collections.Immutable;
using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Pipeline;

/// <summary>
/// Gives every named person of an article one role and one affiliation across all their statements,
/// gathered from everything the article says about them (not only the words at the quote), and keeps
/// roles, affiliations and types a reader can trust for every other speaker.
/// </summary>
/// <remarks>
/// Decisions, in order: the earliest title the article writes at any mention of the person (before the
/// name, in an appositive after it, a party and state in parentheses, <c>of</c> a body) wins, because
/// articles introduce people with their full title; else the first role the records carry. Every
/// role and affiliation passes <see cref="RoleCheck"/>. A plural or collective description is a group,
/// a document noun a document.
/// </remarks>
public static class ArticleSpeakerProfiles
{
    /// <summary>The records of one article with each speaker's role, affiliation and type settled.</summary>
    /// <example>
    /// Text <c>City Treasurer Ana Soto said ... "...," Soto said.</c>: both records get role
    /// <c>City Treasurer</c>, whatever the second mention said.
    /// </example>
    public static ImmutableArray<QuoteRecord> Apply(string text, ImmutableArray<QuoteRecord> records)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (records.IsDefaultOrEmpty)
        {
            return records;
        }

        Dictionary<string, (string Role, string Affiliation)> people = new(StringComparer.Ordinal);
        QuoteRecord[] named = [.. records.Where(IsNamedPerson)];
        // Surname -> how many distinct named speakers carry it, and which surnames are speakers' whole names, counted once.
        // A surname with only titles before it ("Republican Donor Soto" in a headline) names no second person.
        Dictionary<string, int> surnames = named.Select(r => r.Speaker).Distinct(StringComparer.Ordinal).Where(n => !IsTitledSurname(n))
            .Select(SurnameOf).OfType<string>().GroupBy(n => n, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        // Each profile looks the person's name up in one index of the article's words instead of searching the
        // text, so an article of thousands of people stays linear.
        WordPositions words = new(text);
        foreach (IGrouping<string, QuoteRecord> person in named.GroupBy(r => r.Speaker, StringComparer.Ordinal))
        {
            people.Add(person.Key, Profile(words, person.Key, person, surnames));
        }

        NameCandidates names = new(people.Keys);
        ImmutableArray<QuoteRecord>.Builder settled = ImmutableArray.CreateBuilder<QuoteRecord>(records.Length);
        foreach (QuoteRecord record in records)
        {
            settled.Add(people.TryGetValue(record.Speaker, out (string Role, string Affiliation) profile) && IsNamedPerson(record)
                ? record with { Role = profile.Role, Affiliation = profile.Affiliation }
                : Checked(record, names));
        }

        return settled.MoveToImmutable();
    }

    private static (string Role, string Affiliation) Profile(WordPositions words, string name, IEnumerable<QuoteRecord> own, Dictionary<string, int> surnames)
    {
        // A speaker known by a surname the article writes in full once ("Soto", "Ana Soto") is read at both.
        string? full = FullNameInText(words, name, surnames);
        string? surname = full is not null ? name : SurnameOf(name);
        if (surname is not null && surnames.GetValueOrDefault(surname) > 1)
        {
            // Two people of one surname in the article: a bare surname could be either.
            surname = null;
        }

        List<TitleEvidence> evidence = TitlePhraseFinder.Find(words, full ?? name, surname);
        // An office beats a bare rank ("Colonel Ana Soto, a spokesman for the coalition" → spokesman).
        string role = evidence.Select(e => e.Role).Concat(own.Select(r => r.Role))
            .Where(RoleCheck.IsRole)
            .OrderBy(r => TitleWords.IsRank(r) ? 1 : 0)
            .FirstOrDefault() ?? "";
        string affiliation = Fullest(evidence.Select(e => e.Affiliation).Where(RoleCheck.IsAffiliation))
            ?? own.Select(r => r.Affiliation).FirstOrDefault(RoleCheck.IsAffiliation) ?? "";
        if (affiliation.Length == 0)
        {
            // "Ana Soto won. The Ohio governor said ...": the description the next sentence gives her.
            affiliation = FollowingDescription.Affiliation(words, full ?? name, surname, role);
        }

        // "a board spokeswoman": the board the article names in full.
        string named = ArticleBodies.Named(words, affiliation);
        return (role, named.Length > 0 ? named : affiliation);
    }

    /// <summary>
    /// The first affiliation, or a later one that writes it more fully (<c>Harbour</c> in a headline, <c>Harbour
    /// News</c> in the story; <c>Green</c>, then <c>Green party</c>): the same body, named whole.
    /// </summary>
    private static string? Fullest(IEnumerable<string> affiliations)
    {
        string? first = null;
        foreach (string affiliation in affiliations)
        {
            if (first is null)
            {
                first = affiliation;
            }
            else if (affiliation.Length > first.Length && affiliation.StartsWith(first, StringComparison.Ordinal) && affiliation[first.Length] == ' ')
            {
                return affiliation;
            }
        }

        return first;
    }

    /// <summary>A record whose role and affiliation are kept only when they pass the check, and whose type fits its description.</summary>
    private static QuoteRecord Checked(QuoteRecord record, NameCandidates names)
    {
        SpeakerType type = SpeakerTypes.Refine(record.Speaker, record.SpeakerType);
        // A role that is the whole description ("Officials") is the group itself, not a position.
        string role = RoleCheck.IsRole(record.Role) && !string.Equals(record.Role, record.Speaker, StringComparison.OrdinalIgnoreCase) ? record.Role : "";
        return record with
        {
            Role = role.Length == 0 && type == SpeakerType.Group ? RoleCheck.GroupRole(record.Speaker) : role,
            Affiliation = RoleCheck.IsAffiliation(record.Affiliation) ? record.Affiliation : Possessor(record.Speaker, names),
            SpeakerType = type,
        };
    }

    /// <summary>
    /// The owner a description names (<c>Ana Soto's campaign</c> → Ana Soto); a bare surname as the fullest
    /// name the article's speakers give it (<c>Soto's aides</c> → Ana Soto when she is quoted too).
    /// </summary>
    private static string Possessor(string speaker, NameCandidates names)
    {
        string owner = PossessorAffiliation.Of(speaker);
        if (owner.Length == 0 || !RoleCheck.IsAffiliation(owner))
        {
            return "";
        }

        // Only a bare surname is a short form of a speaker's name; "Harbour Canada" is no "Ana Canada".
        return owner.Contains(' ', StringComparison.Ordinal) ? owner : EntityCanonicalizer.CanonicalAmong(owner, names);
    }

    private static bool IsNamedPerson(QuoteRecord record) =>
        record.SpeakerType == SpeakerType.Person && record.Speaker.Length > 1 && char.IsUpper(record.Speaker[0])
        && SpeakerTypes.Refine(record.Speaker, record.SpeakerType) == SpeakerType.Person;

    /// <summary>
    /// For a speaker known by one word (<c>Soto</c>), the one full name the article writes with it
    /// (<c>Ana Soto</c>): a first name the lexicon knows right before it. Null when there is none or
    /// more than one (<c>Ana Soto</c> and <c>Ben Soto</c>), or another speaker already has that surname.
    /// </summary>
    private static string? FullNameInText(WordPositions words, string name, Dictionary<string, int> surnames)
    {
        if (name.Contains(' ', StringComparison.Ordinal) || surnames.ContainsKey(name))
        {
            return null;
        }

        string text = words.Text;
        string? found = null;
        foreach (int at in words.Occurrences(name))
        {
            if (at <= 1)
            {
                // As the text search always did: a name at the very start ends the search.
                break;
            }

            int end = at + name.Length;
            if (text[at - 1] != ' ' || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue;
            }

            int start = at - 1;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            ReadOnlySpan<char> first = text.AsSpan(start, at - 1 - start);
            if (first.Length > 1 && char.IsUpper(first[0]) && (EntityLexicons.FirstNames.ContainsKey(first) || IsUnlistedFirstName(text, start, first)))
            {
                string full = string.Concat(first, " ", name);
                if (found is not null && found != full)
                {
                    return null;
                }

                found = full;
            }
        }

        return found;
    }

    // "Sheldon Soto" inside a sentence: a capitalised word the lexicons know as nothing else (no title,
    // party, place or sentence opener) is a first name the first-name list lacks.
    private static bool IsUnlistedFirstName(string text, int start, ReadOnlySpan<char> word)
    {
        int before = start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        bool opensSentence = before < 0 || text[before] is '.' or '!' or '?' or '\n' or '"' or '\u201C' or '\u201D' or ':';
        return !opensSentence && !TitleWords.IsHead(word) && !TitleWords.IsHonorific(word) && !EntityLexicons.Parties.Contains(word)
            && !EntityLexicons.RoleModifiers.Contains(word) && !EntityLexicons.NameOpeners.Contains(word) && !EntityLexicons.TitleStopWords.Contains(word)
            && !EntityLexicons.Pronouns.ContainsKey(word) && !EntityLexicons.Regions.Contains(word) && !MentionWords.Country(word)
            && !MentionWords.Organization(word);
    }

    private static bool IsTitledSurname(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[..^1].All(w => TitleWords.IsHead(w) || TitleWords.IsHonorific(w)
            || EntityLexicons.Parties.Contains(w) || EntityLexicons.RoleModifiers.Contains(w));
    }

    private static string? SurnameOf(string name)
    {
        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }

        string last = words.Length > 2 && EntityLexicons.NameSuffixes.Contains(words[^1]) ? words[^2] : words[^1];
        return last.Length > 1 && char.IsUpper(last[0]) ? last : null;
    }
}
