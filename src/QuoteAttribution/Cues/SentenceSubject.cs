using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// The sentence's opening phrase, which a participle or a joined verb with no subject of its own shares
/// (<c>Councillors seized on the report, arguing that ...</c>).
/// </summary>
internal static class SentenceSubject
{
    /// <summary>
    /// The subject phrase when it ends before <paramref name="before"/>, read after a fronted phrase when
    /// <paramref name="afterFronted"/>, or null.
    /// </summary>
    public static TextSpan? Find(SentenceView s, int before, bool afterFronted = false)
    {
        int first = afterFronted ? FrontedPhrase.SubjectStart(s) : s.FirstWord;
        int end = first >= 0 && first < before ? NounPhrases.EndOfPhraseStartingAt(s, first) : -1;
        if (afterFronted && end > first)
        {
            end = EndOfName(s, first, end);
        }

        // "She shares ...": a subject pronoun is the whole subject. "The mayor began her speech, ...": an
        // irregular past ends the phrase the reader ran on with. "There’s time for ..." has no speaker.
        if (end > first && WordClasses.Pronouns.Contains(s.Word(first)) && !s.Is(first, "it"))
        {
            end = first;
        }

        for (int w = first + 1; w <= end; w++)
        {
            if (s.IsWord(w) && char.IsLower(s.Word(w)[0]) && WordClasses.IrregularPast.Contains(s.Word(w)))
            {
                end = w - 1;
            }
        }

        return end >= first && end < before && !s.Word(first).StartsWith("There", StringComparison.Ordinal) ? s.Span(first, end) : null;
    }

    /// <summary>
    /// "Reyes went after Adler, calling her ...": the phrase reader takes an unknown lower-case word after a
    /// name for a noun, but after a subject name it is the main verb. A role, group or plural word after the
    /// name still belongs to the phrase ("Toronto police", "Acme spokesman Tom Vance").
    /// </summary>
    private static int EndOfName(SentenceView s, int first, int end)
    {
        int name = first;
        while (name < end && s.IsCapitalized(name + 1))
        {
            name++;
        }

        // Only a plain name: "The", "His", "One", "Clinton's", "It's" open a longer phrase. One capitalised word
        // that opens the sentence may be any word ("Nuclear experts have ..."): it is a name only when the next
        // word reads as its verb, with a determiner after it ("Reyes took a risk").
        bool lone = name == first && first == s.FirstWord;
        if (!s.IsCapitalized(first) || name == end || (lone && !(s.IsWord(name + 2) && WordClasses.Determiners.Contains(s.Word(name + 2)))) || !s.IsWord(name + 1) || WordClasses.Determiners.Contains(s.Word(first))
            || WordClasses.Pronouns.Contains(s.Word(first)) || s.Is(first, "One") || s.Is(first, "More") || HasApostrophe(s, first, name + 1))
        {
            return end;
        }

        ReadOnlySpan<char> next = s.Word(name + 1);
        bool noun = next[^1] is 's' || Entities.EntityLexicons.Roles.Contains(next) || Entities.EntityLexicons.Titles.Contains(next)
            || Entities.EntityLexicons.RoleModifiers.Contains(next) || Entities.EntityLexicons.Groups.Contains(next)
            || Entities.EntityLexicons.Organizations.Contains(next);
        return noun || !char.IsLower(next[0]) ? end : name;
    }

    private static bool HasApostrophe(SentenceView s, int from, int to)
    {
        for (int k = from; k <= to; k++)
        {
            if (s.IsPossessiveMark(k) || s.Word(k).ContainsAny('\'', '\u2019'))
            {
                return true;
            }
        }

        return false;
    }
}
