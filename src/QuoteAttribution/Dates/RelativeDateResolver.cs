using QuoteAttribution.Text;

namespace QuoteAttribution.Dates;

/// <summary>
/// The day a statement was made, from the temporal expressions of its cue's sentence and the article's
/// dateline: <see cref="TemporalPhraseFinder"/> picks the phrases cheaply, the DateTime model of
/// Microsoft.Recognizers.Text reads them (<see cref="PhraseReader"/>), and <see cref="TimexDateResolver"/>
/// resolves the reading with the news conventions. Spans of time (<c>last week</c>, <c>in 2012</c>) name no
/// single day.
/// </summary>
internal static class RelativeDateResolver
{
    /// <summary>The date of the first day expression in <paramref name="phrase"/>, or null.</summary>
    /// <example>dateline 2015-10-08 (Thursday), <c>"said on Wednesday"</c> → 2015-10-07</example>
    public static DateOnly? Resolve(DateOnly dateline, string phrase) => Resolve(dateline, phrase, anchor: 0);

    /// <summary>
    /// The date of the day expression in <paramref name="text"/> nearest to offset <paramref name="anchor"/>
    /// (the cue), or null; the recognizer runs only when the text holds a temporal word.
    /// </summary>
    public static DateOnly? Resolve(DateOnly dateline, string text, int anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TemporalPhraseFinder.MayHoldDate(text))
        {
            return null;
        }

        // Nearest first (the earlier of two as near): the first phrase that names a day wins, so the phrases
        // farther than it never reach the recognizer.
        List<TextSpan> phrases = TemporalPhraseFinder.Find(text);
        int[] order = [.. Enumerable.Range(0, phrases.Count).OrderBy(p => Math.Abs(phrases[p].Start - anchor)).ThenBy(p => p)];
        foreach (int p in order)
        {
            TextSpan phrase = phrases[p];
            if (TemporalPhraseFinder.MayNameDay(phrase.Of(text))
                && PhraseReader.Read(text.Substring(phrase.Start, phrase.Length)) is PhraseReading reading
                && TimexDateResolver.Resolve(reading, dateline) is DateOnly date)
            {
                return date;
            }
        }

        return null;
    }
}
