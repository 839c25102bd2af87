using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Words spelled like a speech verb that do not act as one where they stand: a noun after an article, possessive
/// or number, a document noun before "of", a verb whose particle turns it into something else ("called off").
/// </summary>
internal static class NotSpeechVerb
{
    /// <summary>True when the speech-verb form at <paramref name="k"/> is no verb, or no speech, here.</summary>
    public static bool At(SentenceView s, int k, SpeechVerb verb) =>
        NounPhrases.IsDocumentBeforeVerb(s, k, verb) || IsPluralNoun(s, k, verb) || IsOtherPhrasal(s, k, verb);

    /// <summary>
    /// "the reports", "nearly 1,600 emails that were ...", "his claims", "initial reports of the blast": an -s form
    /// right after an article, possessive or number, or a document noun's -s form before "of", is a plural noun.
    /// "One says", "each says" and "another says" keep the verb: those words stand alone as its subject.
    /// </summary>
    private static bool IsPluralNoun(SentenceView s, int k, SpeechVerb verb)
    {
        if (verb.Form != VerbForm.ThirdPerson)
        {
            return false;
        }

        if (s.Is(k + 1, "of") && Entities.EntityLexicons.DocumentNouns.Contains(s.Word(k)))
        {
            return true;
        }

        if (!s.IsWord(k - 1) || s.Is(k - 1, "one") || s.Is(k - 1, "each") || s.Is(k - 1, "another") || s.Is(k - 1, "any"))
        {
            return false;
        }

        ReadOnlySpan<char> before = s.Word(k - 1);
        return WordClasses.Determiners.Contains(before) || WordClasses.NumberWords.Contains(before) || char.IsDigit(before[0]);
    }

    /// <summary>"called off the parade", "calling off talks": the particle makes "call" a verb of cancelling.</summary>
    private static bool IsOtherPhrasal(SentenceView s, int k, SpeechVerb verb) =>
        verb.Lemma == "call" && s.Is(k + 1, "off");
}
