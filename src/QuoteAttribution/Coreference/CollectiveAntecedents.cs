using QuoteAttribution.Entities;
using QuoteAttribution.Sieves;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "The drivers' union started a campaign. They post every delay online.": a "they" that no speaking group
/// explains stands for the nearest definite body or set of people before it, in its sentence or the two
/// before: "the union", "the residents", "the Harwick Hornets". English uses "they" for a body as readily as
/// "it", so an organisation noun counts as well as a plural.
/// </summary>
internal sealed class CollectiveAntecedents(string text, SieveContext context)
{
    private const int SentencesBack = 2;
    private const int MaxNameWords = 4;

    // How far back the search reads at most, so that a run-on sentence of megabytes costs no more per pronoun.
    private const int MaxChars = 3000;

    /// <summary>The span of the nearest collective noun phrase before <paramref name="pronoun"/>, or null.</summary>
    public TextSpan? Before(TextSpan pronoun)
    {
        // "we" and "you" are the speaker's own side, not a body the narrator named.
        if (!pronoun.Of(text).Equals("they", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        int sentence = context.FirstSentenceFrom(pronoun.Start + 1) - 1;
        if (sentence < 0)
        {
            return null;
        }

        int paragraph = context.Sentences[sentence].Paragraph;
        int first = sentence;
        while (first > 0 && sentence - first < SentencesBack && paragraph - context.Sentences[first - 1].Paragraph <= 1)
        {
            first--;
        }

        int from = Math.Max(context.Sentences[first].Span.Start, pronoun.Start - MaxChars);
        TextSpan? found = null;
        for (int at = IndexOfThe(from, pronoun.Start); at >= 0; at = IndexOfThe(at + 4, pronoun.Start))
        {
            if (PhraseAt(at + 4, pronoun.Start) is int end)
            {
                found = TextSpan.FromBounds(at, end);
            }
        }

        return found;
    }

    /// <summary>The next "the " that starts a word, at or after <paramref name="from"/> and before <paramref name="to"/>.</summary>
    private int IndexOfThe(int from, int to)
    {
        while (from < to)
        {
            int the = text.AsSpan(from, to - from).IndexOf("the ", StringComparison.OrdinalIgnoreCase);
            if (the < 0)
            {
                return -1;
            }

            int at = from + the;
            if (at == 0 || !char.IsLetter(text[at - 1]))
            {
                return at;
            }

            from = at + 4;
        }

        return -1;
    }

    /// <summary>
    /// Where the collective phrase after a "the" at <paramref name="start"/> ends: a lower-case organisation or group
    /// noun that heads its phrase ("the union started", not "the union's offer" or "the union hall"), or a run of
    /// capitalised words ending in a plural ("the Harwick Hornets", "the Liberals’ plan"); null for anything else.
    /// </summary>
    private int? PhraseAt(int start, int limit)
    {
        int end = WordEnd(start, limit);
        if (end == start)
        {
            return null;
        }

        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        if (char.IsLower(word[0]))
        {
            bool collective = EntityLexicons.Groups.Contains(word) || EntityLexicons.Organizations.Contains(word);
            return collective && HeadsPhrase(end, limit) ? end : null;
        }

        int last = end;
        ReadOnlySpan<char> lastWord = word;
        for (int words = 1; words < MaxNameWords && last < limit - 1 && text[last] == ' ' && char.IsUpper(text[last + 1]); words++)
        {
            int next = WordEnd(last + 1, limit);
            lastWord = text.AsSpan(last + 1, next - last - 1);
            last = next;
        }

        // "the Netherlands", "the United States": a country's name ends in an s too.
        ReadOnlySpan<char> name = text.AsSpan(start, last - start);
        return lastWord.Length > 3 && lastWord[^1] == 's' && !lastWord.EndsWith("ss", StringComparison.Ordinal) && HeadsPhrase(last, limit)
            && !EntityLexicons.Countries.ContainsKey(name) && !EntityLexicons.Regions.Contains(name) ? last : null;
    }

    /// <summary>
    /// True when no noun follows the word ending at <paramref name="end"/>, so it heads its phrase ("the union
    /// started", "the Hornets’ coach"; not "the union hall", "the Paris talks"). A possessive keeps a plural name
    /// ("the Liberals’ plan" names the Liberals) but not a singular noun ("the union's offer" names an offer).
    /// </summary>
    private bool HeadsPhrase(int end, int limit)
    {
        if (end >= limit || text[end] is not ' ')
        {
            return end >= limit || text[end] is ',' or '.' or ';' or ')' || (text[end] is '\u2019' or '\'' && text[end - 1] == 's' && end + 1 < limit && text[end + 1] == ' ');
        }

        int next = WordEnd(end + 1, limit);
        ReadOnlySpan<char> word = text.AsSpan(end + 1, next - end - 1);
        return word.IsEmpty || !char.IsLower(word[0]) || word.EndsWith("ed", StringComparison.Ordinal)
            || word is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "said" or "says" or "say";
    }

    private int WordEnd(int start, int limit) => LettersAfter.WordEnd(text, start, limit);
}
