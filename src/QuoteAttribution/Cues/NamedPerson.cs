using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>A person's name in running text: capitalised words opened by a known first name (<c>Maria Santos</c>).</summary>
internal static class NamedPerson
{
    /// <summary>True for a capitalised name of two to four words whose first word is a known first name.</summary>
    public static bool Spans(SentenceView s, int from, int to) =>
        to > from && to - from < 4 && NounPhrases.IsAllCapitalized(s, from, to) && Entities.EntityLexicons.FirstNames.ContainsKey(s.Word(from));
}
