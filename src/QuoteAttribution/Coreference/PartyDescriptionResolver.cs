using QuoteAttribution.Entities;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "the Wisconsin Republican" → the nearest earlier person the article ties to that place: the state in the
/// words around the name ("Rep. Ann Roe of Wisconsin", "Ann Roe (R-Wis.)", "Wisconsin Gov. Ann Roe"). The party
/// alone decides nothing (every Republican in the story is one); with no one from the place, the description
/// stays what it is.
/// </summary>
internal sealed class PartyDescriptionResolver : IMentionResolver
{
    // How many characters around a name are read for its place: a title before it, a parenthesis after it.
    private const int Around = 40;

    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        ParsedMention parsed = mention.Parsed;
        if (!parsed.IsNominal || parsed.Affiliation.Length == 0 || !EntityLexicons.Parties.Contains(parsed.RoleHead))
        {
            return null;
        }

        ArticleEntities entities = resolution.Entities;
        int paragraph = entities.ParagraphOf(mention.Span.Start);
        for (int i = entities.LastPersonStartingBefore(mention.Span.Start); i >= 0; i--)
        {
            PersonMention person = entities.People[i];
            if (paragraph - entities.ParagraphOf(person.Span.Start) > PersonAntecedents.MaxParagraphs)
            {
                break;
            }

            if (person.Span.End <= mention.Span.Start && FromPlace(entities.Text, person, parsed.Affiliation))
            {
                return resolution.Person(person, mention);
            }
        }

        return new ResolvedSpeaker(parsed.Description, SpeakerType.Person, parsed.Role, parsed.Affiliation, mention.Words, mention.Span);
    }

    /// <summary>
    /// True when the place ("Wisconsin") is written around the name, or abbreviated in a party label after it
    /// ("(R-Wis.)", "D-N.Y.").
    /// </summary>
    private static bool FromPlace(string text, PersonMention person, string place)
    {
        int start = Math.Max(0, person.Span.Start - Around);
        int end = Math.Min(text.Length, person.Span.End + Around);
        ReadOnlySpan<char> around = text.AsSpan(start, end - start);
        if (around.Contains(place, StringComparison.Ordinal))
        {
            return true;
        }

        ReadOnlySpan<char> after = text.AsSpan(person.Span.End, end - person.Span.End);
        int dash = after.IndexOf('-');
        if (dash < 1 || after[dash - 1] is not ('D' or 'R' or 'I'))
        {
            return false;
        }

        int close = dash + 1;
        while (close < after.Length && (char.IsLetter(after[close]) || after[close] == '.'))
        {
            close++;
        }

        string letters = string.Concat(after[(dash + 1)..close].ToString().Where(char.IsLetter));
        return letters.Length >= 2 && Abbreviates(letters, place);
    }

    /// <summary>"Vt" for Vermont, "Calif" for California (letters in order, the first the same); "NY" for New York.</summary>
    private static bool Abbreviates(string letters, string place)
    {
        string[] words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1)
        {
            return string.Equals(string.Concat(words.Select(w => w[0])), letters, StringComparison.OrdinalIgnoreCase);
        }

        if (char.ToUpperInvariant(letters[0]) != char.ToUpperInvariant(place[0]))
        {
            return false;
        }

        int at = 1;
        foreach (char c in letters.AsSpan(1))
        {
            at = place.IndexOf(char.ToLowerInvariant(c), at) + 1;
            if (at == 0)
            {
                return false;
            }
        }

        return true;
    }
}
