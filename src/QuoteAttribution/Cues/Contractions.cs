using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>Pronouns with a contracted verb: <c>He’s</c> (is), <c>we’re</c>, <c>I'm</c>, <c>she’s ready</c>.</summary>
internal static class Contractions
{
    /// <summary>The pronoun of a contracted "is"/"are" ("He’s", "they're") at <paramref name="i"/>, if any.</summary>
    public static TextSpan? BeSubject(SentenceView s, int i)
    {
        if (i < 0 || !s.IsWord(i))
        {
            return null;
        }

        ReadOnlySpan<char> word = s.Word(i);
        int apostrophe = word.LastIndexOfAny('\'', '\u2019');
        if (apostrophe <= 0 || !(word[(apostrophe + 1)..] is "s" or "re")
            || !WordClasses.Pronouns.Contains(word[..apostrophe]))
        {
            return null;
        }

        return new TextSpan(s.Tokens[i].Span.Start, apostrophe);
    }

    /// <summary>"we’re told", "I'm told": a contracted "are" or "am" makes the verb after it passive.</summary>
    public static bool EndsWithAreOrAm(ReadOnlySpan<char> word) =>
        word.EndsWith("\u2019re", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'re", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("\u2019m", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'m", StringComparison.OrdinalIgnoreCase);

    /// <summary>A subject pronoun, contracted or not (<c>she’s</c>, <c>They</c>): it opens a clause.</summary>
    public static bool OpensWithSubjectPronoun(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        ReadOnlySpan<char> stem = apostrophe > 0 ? word[..apostrophe] : word;
        return stem is "he" or "she" or "they" or "we" or "I" or "it" or "He" or "She" or "They" or "We" or "It";
    }
}
