using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// The words that stand between a subject and its verb: auxiliaries, negations, adverbs, time words and spans
/// (<c>has also said</c>, <c>have for months been warning</c>, <c>more than a month ago said</c>).
/// </summary>
internal static class SubjectVerbGap
{
    /// <summary>Walks back from <paramref name="j"/> over the gap and returns the token before it.</summary>
    public static int Skip(SentenceView s, int j, out bool auxiliary, out bool negated)
    {
        auxiliary = false;
        negated = false;
        while (j >= 0 && s.IsWord(j))
        {
            ReadOnlySpan<char> between = s.Word(j);
            if (WordClasses.BetweenSubjectAndVerb.Contains(between))
            {
                auxiliary = true;
                negated |= between is "not" or "never" || between.EndsWith("n't", StringComparison.Ordinal) || between.EndsWith("n\u2019t", StringComparison.Ordinal);
            }
            else if (between is "years" or "months" or "decades" or "weeks" or "days" && s.Is(j - 1, "for"))
            {
                // "Nurses have for months been warning": a duration between the auxiliaries.
                j--;
            }
            else if (between is "ago" && j >= 2 && s.IsWord(j - 1) && s.IsWord(j - 2))
            {
                // "The board more than a month ago said": a time span before "ago" (and a "less than" or
                // "more than" before it) stands between the speaker and the verb.
                j -= 2;
                if (s.Is(j - 1, "than") && (s.Is(j - 2, "less") || s.Is(j - 2, "more")))
                {
                    j -= 2;
                }
            }
            else if (between is "to" && s.Is(j + 1, "have") && s.IsWord(j - 1) && s.Word(j - 1) is "reported" or "said" or "believed" or "thought" or "alleged" or "understood"
                && s.IsWord(j - 2) && s.Word(j - 2) is "is" or "was" or "are" or "were")
            {
                // "Lee was reported to have told aides ...": the subject of the reporting passive spoke.
                j -= 2;
            }
            else if (between is "himself" or "herself" or "itself" or "themselves" && s.IsWord(j - 1))
            {
                // "Reyes himself said": a reflexive after the subject stresses it; it is no part of the speaker.
            }
            else if (char.IsLower(between[0]) && (WordClasses.IsLyAdverb(between) || between is "long" or "then"))
            {
                // "Economists have long argued", "Catherine helpfully speculated": an adverb, not the speaker.
            }
            else if (between is "more" or "most" or "less" && s.IsWord(j + 1) && WordClasses.IsLyAdverb(s.Word(j + 1)))
            {
                // "were more aptly called": the degree word of the adverb after it.
            }
            else if (!WordClasses.TimeWords.Contains(between) && !(between is "on" or "late" or "early" && s.IsWord(j + 1) && WordClasses.TimeWords.Contains(s.Word(j + 1))))
            {
                break;
            }

            j--;
        }

        return j;
    }
}
