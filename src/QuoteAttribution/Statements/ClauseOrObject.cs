using System.Collections.Frozen;
using QuoteAttribution.Cues;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>What the words after a cue are: a content clause (something was said) or the verb's object.</summary>
internal sealed class ClauseOrObject(TextScan scan)
{
    // Determiners that open objects far more often than content clauses ("added a premium", "said, his voice
    // breaking"); "the" opens content clauses too often ("told HuffPost the laws favour owners") to count.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectDeterminers =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "another", "his", "her", "its", "their", "our", "my", "your").GetAlternateLookup<ReadOnlySpan<char>>();

    // "would say something to the board that ...", "said little about the plan": an indefinite pronoun is the object.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndefiniteObjects =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "something", "anything", "nothing", "little", "much", "more", "so").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContractingPronouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "it", "he", "she", "they", "we", "i", "you", "that", "there").GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly string _text = scan.Text;

    /// <summary>True when the span opens with an indefinite object ("something to the board", "little about the plan").</summary>
    public bool OpensWithIndefinite(TextSpan span)
    {
        int end = scan.WordEnd(span.Start, span.End);

        if (end == span.Start || !char.IsLower(_text[span.Start]) || !IndefiniteObjects.Contains(_text.AsSpan(span.Start, end - span.Start)))
        {
            return false;
        }

        // "much of the debate was about taxes", "more than 300 homes lost power", "more would be known
        // soon": a subject, quantified or followed by its auxiliary.
        ReadOnlySpan<char> rest = _text.AsSpan(end, span.End - end).TrimStart();
        int next = 0;
        while (next < rest.Length && char.IsLetter(rest[next]))
        {
            next++;
        }

        // "more people would come": a quantified subject, its auxiliary one word further on.
        ReadOnlySpan<char> after = rest[next..].TrimStart();
        int second = 0;
        while (second < after.Length && char.IsLetter(after[second]))
        {
            second++;
        }

        return !rest.StartsWith("of ", StringComparison.Ordinal) && !rest.StartsWith("than ", StringComparison.Ordinal)
            && !WordClasses.Auxiliaries.Contains(rest[..next]) && !(next > 0 && WordClasses.Auxiliaries.Contains(after[..second]));
    }

    /// <summary>True when the clause opens with an object determiner ("a premium for ...", "his voice breaking").</summary>
    public bool OpensWithDeterminer(TextSpan span)
    {
        int end = scan.WordEnd(span.Start, span.End);
        return end > span.Start && ObjectDeterminers.Contains(_text.AsSpan(span.Start, end - span.Start));
    }

    /// <summary>
    /// True when the words read as a clause, not a noun object: a subject pronoun opens them ("he was ..."),
    /// or their first segment (up to a comma or dash) holds an auxiliary, modal, copula or negation ("the
    /// Games could prove ..."). "denied the substance of the story" and "announced plans to close" do not.
    /// </summary>
    public bool ReadsAsClause(TextSpan span)
    {
        int i = span.Start;
        bool first = true;
        while (i < span.End)
        {
            while (i < span.End && !CharClass.IsWordChar(_text[i]))
            {
                if (_text[i] == ',' || CharClass.IsDash(_text[i]))
                {
                    return false;
                }

                i++;
            }

            ReadOnlySpan<char> word = NextWord(ref i, span.End);
            if (word.IsEmpty)
            {
                break;
            }

            // A subject pronoun opens a clause; "it" does too, whatever the pronoun list holds.
            bool subject = first && (WordClasses.Pronouns.Contains(word) || word.Equals("it", StringComparison.OrdinalIgnoreCase));
            if (subject || WordClasses.Auxiliaries.Contains(word) || IsNegation(word))
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
    public bool HasVerb(TextSpan span)
    {
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && !CharClass.IsWordChar(_text[i]))
            {
                i++;
            }

            ReadOnlySpan<char> word = NextWord(ref i, span.End);
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

    private static bool IsNegation(ReadOnlySpan<char> word) =>
        word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal);

    private static bool IsPronounContraction(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '\u2019');
        return apostrophe > 0 && apostrophe < word.Length - 1 && ContractingPronouns.Contains(word[..apostrophe]);
    }

    /// <summary>The word (apostrophes included) from <paramref name="i"/>, which moves past it.</summary>
    private ReadOnlySpan<char> NextWord(ref int i, int end)
    {
        int start = i;
        while (i < end && (CharClass.IsWordChar(_text[i]) || _text[i] is '\'' or '\u2019'))
        {
            i++;
        }

        return _text.AsSpan(start, i - start);
    }
}
