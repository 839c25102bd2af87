using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Tells a quoted title from quoted words: a programme, film or book ("said on “Meet the Press”", "cast him as
/// the lead in the “Fantastic Four” reboot") capitalises every long word; what someone said does not.
/// </summary>
internal static class QuotedTitle
{
    /// <summary>True when every word longer than three letters of the quote whose first token is <paramref name="k"/> is capitalised.</summary>
    public static bool At(SentenceView s, int k)
    {
        for (; k < s.Count && s.InQuote[k]; k++)
        {
            if (s.Tokens[k].IsWord && s.Word(k).Length > 3 && char.IsLower(s.Word(k)[0]))
            {
                return false;
            }
        }

        return true;
    }
}
