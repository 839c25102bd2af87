using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>A description before the name, set off by a comma: <c>Britain's defense minister, Michael Fallon said</c>.</summary>
internal static class AppositiveBefore
{
    /// <summary>The cue with the description before the name at <paramref name="nameStart"/> as its appositive, when there is one.</summary>
    public static Cue Add(SentenceView s, int nameStart, Cue cue)
    {
        if (!s.IsPunct(nameStart - 1, ',') || !NounPhrases.IsAllCapitalized(s, nameStart, nameStart))
        {
            return cue;
        }

        int descEnd = nameStart - 2;
        int descStart = NounPhrases.StartOfPhraseEndingAt(s, descEnd);
        if (descStart < 0 || NounPhrases.IsAllCapitalized(s, descStart, descEnd) || !(descStart == 0 || s.IsQuoteMark(descStart - 1) || s.IsPunct(descStart - 1, ','))
            || !DescribesPerson(s.Word(descEnd)))
        {
            return cue;
        }

        return cue with { Appositive = s.Span(descStart, descEnd), ClauseStart = s.Tokens[descStart].Span.Start };
    }

    /// <summary>
    /// True when a description's last word names a person (<c>partner</c>, <c>spokesman</c>, <c>residents</c>):
    /// in "The new hall, Ruth Adler says, is too small" the phrase before the name is what she talks about.
    /// A word that is also a first name ("bill", "mark", "will") tells no person in lower case.
    /// </summary>
    private static bool DescribesPerson(ReadOnlySpan<char> head)
    {
        ReadOnlySpan<char> singular = head.Length > 3 && head[^1] == 's' ? head[..^1] : head;
        return Entities.EntityLexicons.Roles.Contains(head) || Entities.EntityLexicons.Roles.Contains(singular)
            || Entities.EntityLexicons.People.Contains(head) || Entities.EntityLexicons.People.Contains(singular)
            || Entities.EntityLexicons.Groups.Contains(head) || Entities.EntityLexicons.AnonymousKind(head) is not null
            || Entities.EntityLexicons.GenderedWords.ContainsKey(head);
    }
}
