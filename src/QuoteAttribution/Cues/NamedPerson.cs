using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// A person's name in running text: capitalised words opened by a known first name (<c>Maria Santos</c>) or by a
/// title (<c>Mayor Ann Cole</c>, <c>Prof. Kim</c>).
/// </summary>
internal static class NamedPerson
{
    /// <summary>
    /// True for a capitalised name of two to four words whose first word is a known first name, or for a title
    /// and one to three capitalised words after it.
    /// </summary>
    public static bool Spans(SentenceView s, int from, int to) =>
        (to > from && to - from < 4 && NounPhrases.IsAllCapitalized(s, from, to) && Entities.EntityLexicons.FirstNames.ContainsKey(s.Word(from)))
        || TitledName(s, from, to);

    private static bool TitledName(SentenceView s, int from, int to)
    {
        if (!s.IsWord(from) || !s.IsCapitalized(from)
            || !(Entities.EntityLexicons.Titles.Contains(s.Word(from)) || Entities.EntityLexicons.Honorifics.Contains(s.Word(from))))
        {
            return false;
        }

        int name = s.IsPunct(from + 1, '.') ? from + 2 : from + 1;
        return name <= to && to - name < 3 && NounPhrases.IsAllCapitalized(s, name, to);
    }
}
