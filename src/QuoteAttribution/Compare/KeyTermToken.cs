namespace QuoteAttribution.Compare;

/// <summary>One word or acronym of a statement, as <see cref="KeyTermExtractor"/> sees it (made by <see cref="KeyTermTokenizer"/>).</summary>
/// <param name="Text">The word without a possessive ending (<c>Russia</c> for <c>Russia's</c>).</param>
/// <param name="Start">Offset of the word in the statement.</param>
/// <param name="End">Exclusive end offset of the word as written, possessive included.</param>
/// <param name="IsAcronym">All capitals or dotted capitals (<c>NATO</c>, <c>U.S.</c>).</param>
/// <param name="IsCapitalised">Starts with a capital letter (or is <c>al-Assad</c>-shaped).</param>
/// <param name="IsSentenceInitial">First word of a sentence or of a quotation, where capitals say nothing.</param>
/// <param name="EndsRun">A possessive ends a name run: <c>Russia's Foreign Minister</c> is two things.</param>
internal readonly record struct KeyTermToken(
    string Text, int Start, int End, bool IsAcronym, bool IsCapitalised, bool IsSentenceInitial, bool EndsRun)
{
    /// <summary>The word in lower case, for lookups.</summary>
    public string Key => Text.ToLowerInvariant();

    /// <summary>A title, function word or pronoun that is trimmed from the edges of a run.</summary>
    public bool IsStopWord => !IsAcronym && TopicStopWords.Words.Contains(Key);

    /// <summary>A contraction (<c>I'm</c>, <c>They're</c>, <c>Don't</c>): never part of a term.</summary>
    public bool IsContraction => KeyTermTokenizer.IsContraction(Text);

    /// <summary>True when only one space separates <paramref name="previous"/> from this token.</summary>
    public bool IsAdjacentTo(KeyTermToken previous, string text) =>
        !previous.EndsRun && Start - previous.End == 1 && text[previous.End] == ' ';
}
