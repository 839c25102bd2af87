namespace QuoteAttribution.Cues;

/// <summary>
/// The inflections of an English verb from its lemma (<c>note</c> → notes, noting, noted; <c>deny</c> →
/// denies, denying, denied; <c>spur</c> → spurs, spurring, spurred), with irregular pasts given by the lexicon
/// (<c>tell told</c>).
/// </summary>
internal static class VerbInflections
{
    /// <summary>
    /// Every form of a verb, in the order the lexicons add them: the lemma, the third person, the gerund, then
    /// the listed irregular pasts or the regular past.
    /// </summary>
    public static IEnumerable<(string Word, VerbForm Form)> Of(string lemma, string[] irregularPasts)
    {
        // "the letter read": a past written like the lemma agrees with any subject, so the word is taken as the past.
        yield return (lemma, irregularPasts.Contains(lemma) ? VerbForm.Past : VerbForm.Base);
        yield return (ThirdPerson(lemma), VerbForm.ThirdPerson);

        // A listed past that doubles the last consonant doubles it in the gerund too (referred → referring).
        bool doubled = irregularPasts.Length > 0 && irregularPasts[0] == lemma + lemma[^1] + "ed";
        yield return (doubled ? lemma + lemma[^1] + "ing" : Gerund(lemma), VerbForm.Gerund);
        foreach (string past in irregularPasts.Length > 0 ? irregularPasts : [Past(lemma)])
        {
            yield return (past, VerbForm.Past);
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies"
        : lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('z') ? lemma + "es"
        : lemma + "s";

    private static string Past(string lemma) =>
        lemma.EndsWith('e') ? lemma + "d"
        : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ied"
        : DoublesFinal(lemma) ? lemma + lemma[^1] + "ed"
        : lemma + "ed";

    private static string Gerund(string lemma) =>
        lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying"
        : lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing"
        : DoublesFinal(lemma) ? lemma + lemma[^1] + "ing"
        : lemma + "ing";

    // Short consonant-vowel-consonant verbs double their last letter (quip → quipped, snap → snapping); the 'u' of 'qu' counts as a consonant.
    private static bool DoublesFinal(string lemma) =>
        lemma.Length <= 4 && lemma.Length >= 3 && !IsVowel(lemma[^1]) && lemma[^1] is not ('w' or 'x' or 'y')
        && IsVowel(lemma[^2]) && (!IsVowel(lemma[^3]) || lemma.EndsWith("qu" + lemma[^2..], StringComparison.Ordinal));
}
