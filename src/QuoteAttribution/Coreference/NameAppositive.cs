using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// The description an article writes beside a name in running text, as an appositive: after it ("Ana Soto,
/// a 26-year-old winger from Lagos, signed") or, at the start of a sentence, before it ("The agency's
/// lawyer, Ruth Mane, spoke"). The entity model parses the name with it, so that a later "the winger" or
/// "the agency's lawyer" points back to the person the article described with those words.
/// </summary>
internal static class NameAppositive
{
    private const int MaxWords = 10;
    private const int MaxWordsBefore = 6;

    /// <summary>The appositive beside the name at <paramref name="name"/>, or null when none is written.</summary>
    public static TextSpan? Find(string text, TextSpan name) =>
        AfterPreposition(text, name.Start) ? null : After(text, name.End) ?? Before(text, name.Start);

    /// <summary>
    /// "Rep. Ann Roe of New York, a supporter,": a name after a preposition is a place or a body the phrase
    /// mentions, and the appositive after it describes the person the phrase is about, not it.
    /// </summary>
    private static bool AfterPreposition(string text, int start) =>
        LettersBefore.Word(text, start) is "of" or "from" or "in" or "at" or "for" or "to" or "with" or "by" or "on";

    /// <summary>", a 26-year-old winger from Lagos,": a determiner or a possessive first, up to the closing punctuation.</summary>
    private static TextSpan? After(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ')
        {
            return null;
        }

        int start = end + 2;
        int stop = PhraseEnd(text, start, MaxWords);
        return stop > start && OpensDescription(text.AsSpan(start, stop - start)) ? TextSpan.FromBounds(start, stop) : null;
    }

    /// <summary>
    /// "The agency's lawyer, Ruth Mane": a short description that opens the sentence and ends in a role noun,
    /// then a comma and the name.
    /// </summary>
    private static TextSpan? Before(string text, int start)
    {
        if (start < 4 || text[start - 1] != ' ' || text[start - 2] != ',')
        {
            return null;
        }

        int end = start - 2;
        int begin = end;
        int words = 1;
        while (begin > 0 && !IsSentenceBoundary(text, begin - 1))
        {
            begin--;
            if (text[begin] == ',' || text[begin] == ';' || text[begin] is '"' or '\u201C' or '\u201D')
            {
                return null;
            }

            if (text[begin] == ' ' && ++words > MaxWordsBefore)
            {
                return null;
            }
        }

        ReadOnlySpan<char> phrase = text.AsSpan(begin, end - begin);
        int lastSpace = phrase.LastIndexOf(' ');
        ReadOnlySpan<char> head = lastSpace < 0 ? phrase : phrase[(lastSpace + 1)..];
        return lastSpace > 0 && OpensDescription(phrase) && head.Length > 0 && char.IsLower(head[0]) && MentionWords.RoleUnit(head)
            ? TextSpan.FromBounds(begin, end)
            : null;
    }

    /// <summary>True at a character that ends the sentence before a phrase: a newline, or a space after a period.</summary>
    private static bool IsSentenceBoundary(string text, int i) =>
        text[i] == '\n' || (text[i] == ' ' && i > 0 && text[i - 1] is '.' or '!' or '?');

    /// <summary>Where the phrase from <paramref name="start"/> closes: a comma, a period, a semicolon or a line end; -1 when it runs on.</summary>
    private static int PhraseEnd(string text, int start, int maxWords)
    {
        int words = 1;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (c is ',' or ';' or '\n' or '(' or '"' or '\u201C' or '\u201D'
                || (c == '.' && (i + 1 == text.Length || text[i + 1] is ' ' or '\n') && !IsAbbreviation(text, i)))
            {
                return i;
            }

            if (c == ' ' && ++words > maxWords)
            {
                return -1;
            }
        }

        return text.Length;
    }

    /// <summary>"Mrs." in "an adviser to Mrs. Lee", "J." in "Ann J. Lee": a title or an initial, no sentence end.</summary>
    private static bool IsAbbreviation(string text, int period)
    {
        int begin = period - LettersBefore.EndingAt(text, period).Length;
        ReadOnlySpan<char> word = text.AsSpan(begin, period - begin + 1);
        return word.Length == 2 || EntityLexicons.Honorifics.Contains(word) || EntityLexicons.TitleAbbreviations.ContainsKey(word);
    }

    /// <summary>"a ...", "the ...", "his ...", "the club's ...": the words describe someone, they are no list of names.</summary>
    private static bool OpensDescription(ReadOnlySpan<char> phrase)
    {
        int space = phrase.IndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> first = phrase[..space];
        return first is "a" or "an" or "the" or "The" or "A" or "An" or "his" or "her" or "their" or "His" or "Her" or "Their"
            || first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("\u2019s", StringComparison.Ordinal);
    }
}
