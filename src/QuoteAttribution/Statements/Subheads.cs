using System.Buffers;
using QuoteAttribution.Cues;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// Subheads with a quote below an article's headline: <c>Senator Laments Missing Allies: ‘Where are they?’</c>.
/// The lead before the colon is a headline in title case, three or more capitalised words with a headline verb
/// inside it (a capitalised word in -s between the first and the last: <c>Laments</c>, <c>Wants</c>,
/// <c>Says</c>); the quote after the colon ends the paragraph. A name before the colon (<c>Mayor Ann Lee:
/// "..."</c>, an interview's speaker label) has no such verb and stays a statement.
/// </summary>
internal static class Subheads
{
    /// <summary>The fewest capitalised words a subhead's lead has.</summary>
    private const int MinLeadWords = 3;

    /// <summary>Sentence punctuation, brackets and double marks: a lead with any of them is prose or a name with a title, no headline.</summary>
    private static readonly SearchValues<char> NotInLead = SearchValues.Create(".,;?!()\"\u201C\u201D");

    /// <summary>True when <paramref name="paragraph"/> is a title-case lead with a headline verb, a colon and a closing quote.</summary>
    public static bool IsQuotedSubhead(ReadOnlySpan<char> paragraph)
    {
        paragraph = paragraph.Trim();
        int colon = paragraph.IndexOf(':');
        if (colon <= 0 || paragraph.Length < 2)
        {
            return false;
        }

        ReadOnlySpan<char> rest = paragraph[(colon + 1)..].TrimStart();
        ReadOnlySpan<char> tail = paragraph.TrimEnd('.');
        bool quoteAfter = rest.Length > 1 && CharClass.IsQuoteMark(rest[0]) && tail.Length > 0 && CharClass.IsQuoteMark(tail[^1]);
        return quoteAfter && IsHeadlineLead(paragraph[..colon]);
    }

    /// <summary>Title-case words only, no sentence punctuation or double marks, and a capitalised -s word between the first and the last.</summary>
    private static bool IsHeadlineLead(ReadOnlySpan<char> lead)
    {
        if (lead.IndexOfAny(NotInLead) >= 0)
        {
            return false;
        }

        int words = 0;
        int verbAt = -1;
        foreach (Range range in lead.Split(' '))
        {
            ReadOnlySpan<char> word = lead[range];
            if (word.Length < 3 || WordClasses.TitleJoiners.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return false;
            }

            // Laments, Wants; not Ross (a name) nor Lee's (a possessive).
            verbAt = verbAt < 0 && words > 0 && word[^1] == 's' && char.IsLetter(word[^2]) && word[^2] != 's' ? words : verbAt;
            words++;
        }

        return words >= MinLeadWords && verbAt > 0 && verbAt < words - 1;
    }
}
