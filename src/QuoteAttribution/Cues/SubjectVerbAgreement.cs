using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Subject and verb agree: "Rebels say" (plural or I/we/they), "the ministry says" (not "tribesmen and
/// Shi'ite volunteers", where "volunteers" is a noun); a base form after an auxiliary is fine.
/// </summary>
internal static class SubjectVerbAgreement
{
    /// <summary>True when the phrase <paramref name="start"/>..<paramref name="end"/> agrees with a verb of <paramref name="form"/>.</summary>
    public static bool Agrees(SentenceView s, int start, int end, VerbForm form, bool auxiliary)
    {
        if (auxiliary || form is VerbForm.Past or VerbForm.Gerund)
        {
            return true;
        }

        ReadOnlySpan<char> head = s.Word(end);
        bool coordinated = false;
        for (int k = start; k < end; k++)
        {
            coordinated |= s.Is(k, "and");
        }

        bool pronounPlural = head is "I" or "we" or "We" or "they" or "They" or "you" or "You";
        bool endsInS = head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);

        // "Officials explain": a base form wants a plural, capitalised or not; "the ministry says" a singular.
        return form == VerbForm.Base
            ? coordinated || pronounPlural || endsInS
            : !coordinated && !pronounPlural && !(char.IsLower(head[0]) && endsInS);
    }
}
