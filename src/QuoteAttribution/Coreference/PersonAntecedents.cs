using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// The person a pronoun or a description points back to: the nearest earlier person mention that agrees in
/// gender, with subjects before objects, and no further back than <see cref="MaxParagraphs"/> paragraphs.
/// </summary>
internal sealed class PersonAntecedents(ArticleEntities entities)
{
    /// <summary>A scraped page can keep a "he said" whose antecedent was cut away: the search stops this far back.</summary>
    public const int MaxParagraphs = 10;

    /// <summary>
    /// The nearest earlier person in subject position (any position when <paramref name="anyPosition"/>) whose
    /// gender fits, outside photo captions; null when none is near.
    /// </summary>
    public PersonMention? Antecedent(TextSpan mention, Gender gender, bool anyPosition = false)
    {
        string text = entities.Text;
        int paragraph = entities.ParagraphOf(mention.Start);
        string? topic = null;
        bool parenthetical = !anyPosition && IsParenthetical(text, mention);
        for (int i = entities.LastPersonStartingBefore(mention.Start); i >= 0; i--)
        {
            PersonMention person = entities.People[i];

            // "Vance, he said, “knows the rules ...”": the name the parenthetical cue interrupts is the
            // subject of what was said, not the speaker.
            if (topic is null && parenthetical && text.AsSpan(person.Span.End, Math.Max(0, mention.Start - person.Span.End)).Trim() is ",")
            {
                topic = entities.Names.Canonical(person.Name);
                continue;
            }

            if (topic is not null && entities.Names.Canonical(person.Name) == topic)
            {
                continue;
            }

            if (paragraph - entities.ParagraphOf(person.Span.Start) > MaxParagraphs)
            {
                return null;
            }

            if (person.Span.End <= mention.Start && (anyPosition || person.IsSubject) && person.Fits(gender) && FullNameFits(person, gender)
                && !entities.IsPhotoCaption(entities.ParagraphOf(person.Span.Start)))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>The last person before <paramref name="mention"/> whose role holds <paramref name="roleHead"/>.</summary>
    public PersonMention? LastDescribing(TextSpan mention, string roleHead)
    {
        if (roleHead.Length == 0)
        {
            return null;
        }

        List<int> indexes = entities.Describing(roleHead);
        int limit = entities.LastPersonStartingBefore(mention.Start);
        int j = indexes.BinarySearch(limit);
        for (j = j >= 0 ? j : ~j - 1; j >= 0; j--)
        {
            if (entities.People[indexes[j]].Span.End <= mention.Start)
            {
                return entities.People[indexes[j]];
            }
        }

        return null;
    }

    /// <summary>
    /// True unless the fullest name of a person whose mention shows no gender does: "Adler said" is no
    /// antecedent for a "he" when the article calls her Ruth Adler.
    /// </summary>
    private bool FullNameFits(PersonMention person, Gender gender)
    {
        if (person.Parsed.Gender is Gender.Male or Gender.Female || gender is not (Gender.Male or Gender.Female))
        {
            return true;
        }

        Gender named = entities.GenderOf(entities.Names.Canonical(person.Name));
        return named is not (Gender.Male or Gender.Female) || named == gender;
    }

    /// <summary>True when a comma follows the mention's verb: <c>he said,</c>.</summary>
    private static bool IsParenthetical(string text, TextSpan mention)
    {
        int i = mention.End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i < text.Length && text[i] == ',';
    }
}
