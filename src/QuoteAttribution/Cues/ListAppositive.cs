using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// <c>Maria Lopez, Minister of Housing, Infrastructure and Communities, said</c>: a name opens the sentence
/// and the description after it holds commas of its own (a list), so the chunk before the verb's comma is only
/// the list's tail. The description must open with a capitalised title, a role or a determiner.
/// </summary>
internal static class ListAppositive
{
    /// <summary>The cue with the name and its listed description before the comma at <paramref name="comma"/>, or null.</summary>
    public static Cue? Read(VerbSite site, int comma)
    {
        SentenceView s = site.View;
        int first = s.FirstWord;
        int nameEnd = first;
        while (nameEnd + 1 < comma && s.IsWord(nameEnd + 1))
        {
            nameEnd++;
        }

        int descStart = nameEnd + 2;
        if (first < 0 || nameEnd == first || !LooksLikeName(s, first, nameEnd) || !s.IsPunct(nameEnd + 1, ',') || descStart >= comma || comma - first > 30
            || !NounPhrases.IsAllCapitalized(s, first, nameEnd) || !s.IsWord(descStart)
            || !(Entities.EntityLexicons.Titles.Contains(s.Word(descStart)) || Entities.EntityLexicons.Roles.Contains(s.Word(descStart))
                || WordClasses.Determiners.Contains(s.Word(descStart))))
        {
            return null;
        }

        // At least one more comma inside the description, and nothing in it but words and commas.
        int innerCommas = 0;
        for (int j = descStart; j < comma; j++)
        {
            if (s.IsPunct(j, ','))
            {
                innerCommas++;
            }
            else if (!s.IsWord(j) || WordClasses.Auxiliaries.Contains(s.Word(j)) || WordClasses.Pronouns.Contains(s.Word(j)))
            {
                return null;
            }
        }

        if (innerCommas == 0)
        {
            return null;
        }

        Cue subject = site.Basic with
        {
            Speaker = s.Span(first, nameEnd),
            Appositive = s.Span(descStart, comma - 1),
            ClauseStart = s.Tokens[first].Span.Start,
        };
        return site.WithContent(subject);
    }

    /// <summary>True unless the words open with a function word or hold a time word ("In October", "On Monday").</summary>
    private static bool LooksLikeName(SentenceView s, int from, int to)
    {
        ReadOnlySpan<char> opener = s.Word(from);
        if (WordClasses.PhraseBreaks.Contains(opener) || WordClasses.AdverbialOpeners.Contains(opener)
            || WordClasses.Connectives.Contains(opener) || WordClasses.Determiners.Contains(opener))
        {
            return false;
        }

        for (int k = from; k <= to; k++)
        {
            if (WordClasses.TimeWords.Contains(s.Word(k)))
            {
                return false;
            }
        }

        return true;
    }
}
