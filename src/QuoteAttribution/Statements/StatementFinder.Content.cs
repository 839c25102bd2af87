using QuoteAttribution.Cues;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>What the words after a cue are: a content clause or an object.</summary>
internal sealed partial class StatementFinder
{
    // Determiners that open objects far more often than content clauses ("added a premium", "said, his voice
    // breaking"); "the" opens content clauses too often ("told HuffPost the laws favour owners") to count.
    private static readonly System.Collections.Frozen.FrozenSet<string> ObjectDeterminers =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "another", "his", "her", "its", "their", "our", "my", "your");

    // "would say something to the board that ...", "said little about the plan": an indefinite pronoun is the object.
    private static readonly System.Collections.Frozen.FrozenSet<string> IndefiniteObjects =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "something", "anything", "nothing", "little", "much", "more", "so");

    private bool OpensWithIndefinite(TextSpan span)
    {
        int end = WordEnd(span.Start, span.End);

        if (end == span.Start || !char.IsLower(text[span.Start])
            || !IndefiniteObjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(span.Start, end - span.Start)))
        {
            return false;
        }

        // "much of the debate was about taxes", "more than 300 homes lost power", "more would be known
        // soon": a subject, quantified or followed by its auxiliary.
        ReadOnlySpan<char> rest = text.AsSpan(end, span.End - end).TrimStart();
        int next = 0;
        while (next < rest.Length && char.IsLetter(rest[next]))
        {
            next++;
        }

        return !rest.StartsWith("of ", StringComparison.Ordinal) && !rest.StartsWith("than ", StringComparison.Ordinal)
            && !WordClasses.Auxiliaries.Contains(rest[..next]);
    }

    /// <summary>True when the clause opens with an object determiner ("a premium for ...", "his voice breaking").</summary>
    private bool OpensWithDeterminer(TextSpan span)
    {
        int end = WordEnd(span.Start, span.End);
        return end > span.Start && ObjectDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(span.Start, end - span.Start));
    }

    /// <summary>Where the run of word characters from <paramref name="start"/> ends, at most at <paramref name="limit"/>.</summary>
    private int WordEnd(int start, int limit)
    {
        int end = start;
        while (end < limit && CharClass.IsWordChar(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// True when the words read as a clause, not a noun object: a subject pronoun opens them ("he was ..."),
    /// or their first segment (up to a comma or dash) holds an auxiliary, modal, copula or negation ("the
    /// Games could prove ..."). "denied the substance of the story" and "announced plans to close" do not.
    /// </summary>
    private bool ReadsAsClause(TextSpan span)
    {
        int i = span.Start;
        bool first = true;
        while (i < span.End)
        {
            while (i < span.End && !CharClass.IsWordChar(text[i]))
            {
                if (text[i] == ',' || CharClass.IsDash(text[i]))
                {
                    return false;
                }

                i++;
            }

            int start = i;
            while (i < span.End && (CharClass.IsWordChar(text[i]) || text[i] is '\'' or '\u2019'))
            {
                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, i - start);
            if (word.IsEmpty)
            {
                break;
            }

            if ((first && WordClasses.Pronouns.Contains(word) && !word.Equals("it", StringComparison.OrdinalIgnoreCase) || first && word.Equals("it", StringComparison.OrdinalIgnoreCase))
                || WordClasses.Auxiliaries.Contains(word) || word.Equals("not", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    /// <summary>
    /// True when the clause has a finite verb a reader can see: an auxiliary or copula, a negation, or a
    /// past form ("the PBO added a premium" has none after "added"; "a picture is emerging" has one).
    /// </summary>
    private bool HasVerb(TextSpan span)
    {
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && !CharClass.IsWordChar(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < span.End && (CharClass.IsWordChar(text[i]) || text[i] is '\'' or '\u2019'))
            {
                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, i - start);
            // "said his income fell", "said his pay rose but it’s now lower": an irregular past or a pronoun's
            // contracted verb is a verb too.
            if (word.Length > 0 && (WordClasses.Auxiliaries.Contains(word) || WordClasses.IrregularPast.Contains(word) || IsPronounContraction(word)
                || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPronounContraction(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && apostrophe < word.Length - 1
            && ContractingPronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..apostrophe]);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ContractingPronouns = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "it", "he", "she", "they", "we", "i", "you", "that", "there");
}
