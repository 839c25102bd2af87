namespace QuoteAttribution.Entities;

/// <summary>
/// Corrects a speaker type from its description: a plural or collective description is a group
/// (<c>Democrats</c>, <c>local officials</c>, <c>some residents</c>, <c>city staff</c>, <c>a third</c>), a
/// document noun a document (<c>the memo</c>, <c>a court filing</c>, <c>poll results</c>), and a person
/// known only by a common noun (<c>Witness</c>) an anonymous source.
/// </summary>
internal static class SpeakerTypes
{
    /// <summary>The type <paramref name="speaker"/> should have, given the type the resolver chose.</summary>
    public static SpeakerType Refine(string speaker, SpeakerType type)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        string[] words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || type is SpeakerType.Unknown or SpeakerType.Document)
        {
            return type;
        }

        string head = words[^1].TrimEnd('.', ',');
        string first = words[0];
        bool indefiniteOne = first is "a" or "A" or "an" or "An" or "one" or "One" or "another" or "Another";
        if (!indefiniteOne && IsDocumentNoun(head) && (char.IsLower(head[0]) || (words.Length == 1 && type == SpeakerType.Person && IsPlural(head))) && words.All(w => !char.IsUpper(w[0]) || w == first))
        {
            // "The memo", "poll results", and a person named by one plural ("Projections" opens its sentence); one
            // singular word ("Bill", "Post") is a name.
            return SpeakerType.Document;
        }

        if (type == SpeakerType.Group)
        {
            return type;
        }

        if (type == SpeakerType.Person && words.Length == 1)
        {
            return OneWordPerson(head);
        }

        return type == SpeakerType.Anonymous && IsGroupDescription(words, indefiniteOne) ? SpeakerType.Group : type;
    }

    // A person named by one plural party or group word ("Democrats said", "Others said") is a group; one
    // named by a noun for any person ("Witness said") is an unnamed source.
    private static SpeakerType OneWordPerson(string word)
    {
        if ((IsPlural(word) && (EntityLexicons.Parties.Contains(word) || EntityLexicons.Groups.Contains(word))) || EntityLexicons.CollectiveNouns.Contains(word))
        {
            return SpeakerType.Group;
        }

        return char.IsUpper(word[0]) && EntityLexicons.People.Contains(word) ? SpeakerType.Anonymous : SpeakerType.Person;
    }

    /// <summary>
    /// True when an anonymous description names several people: its head before any prepositional phrase is
    /// plural (<c>officials in the ministry</c>, <c>Bush and his rivals for the nomination</c>) or
    /// collective (<c>city staff</c>, <c>a majority of the workers</c>, <c>a third</c>), or it opens with a
    /// word for several (<c>some in the community</c>, <c>All those involved</c>, <c>Nearly half</c>).
    /// </summary>
    private static bool IsGroupDescription(string[] words, bool indefiniteOne)
    {
        int end = Array.FindIndex(words, 1, w => w is "of" or "in" or "at" or "for" or "from" or "with" or "on");
        string head = words[(end > 0 ? end : words.Length) - 1].TrimEnd('.', ',');
        if (EntityLexicons.CollectiveNouns.Contains(head))
        {
            return true;
        }

        return !indefiniteOne && (IsPlural(head) || EntityLexicons.GroupOpeners.Contains(words[0]));
    }

    private static bool IsDocumentNoun(string head) =>
        EntityLexicons.DocumentNouns.Contains(head) || (IsPlural(head) && EntityLexicons.DocumentNouns.Contains(head.AsSpan(0, head.Length - 1)));

    private static bool IsPlural(string head) =>
        head.Length > 3 && head[^1] == 's' && head[^2] != 's' && char.IsLower(head[^2]);
}
