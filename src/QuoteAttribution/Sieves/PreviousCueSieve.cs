using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>
/// A quote with no cue right after a sentence whose speech verb made no statement of its own (<c>Lee praised
/// the mayor's leadership.</c> then the quote, in the next paragraph or the same one): that verb's speaker goes
/// on speaking. Paragraph continuation covers a previous paragraph that holds a statement.
/// </summary>
/// <example>Tom Vance praised the mayor's work after the flood. ¶ “We need someone who fixes roads.” → Tom Vance</example>
public sealed class PreviousCueSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "previous-cue";

    /// <inheritdoc/>
    public string Evidence => "a speech verb in the sentence before the quote that made no statement";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (CueEvidence.NamesNoOne(statement) || statement.Quote is not { } quote)
        {
            return null;
        }

        int sentence = SentenceBefore(index, quote.Span.Start, context);
        if (sentence < 0)
        {
            return null;
        }

        // The sentence's first cue is its main verb's; only a name or a personal pronoun is sure enough a speaker.
        int first = context.FirstCueFrom(sentence);
        if (first >= context.Cues.Count || context.Cues[first].Sentence != sentence)
        {
            return null;
        }

        Cue cue = context.Cues[first];
        return cue.Speaker is { } speaker && cue.Kind is CueKind.SubjectVerb or CueKind.Inverted && IsNameOrPronoun(speaker.Of(context.Text))
            ? new Attribution(index, speaker, Name, 0.6) { Cue = cue, Appositive = cue.Appositive }
            : null;
    }

    /// <summary>
    /// The sentence whose cue may speak the quote at <paramref name="quoteStart"/>: the previous paragraph's
    /// last sentence when the quote opens its paragraph and that paragraph made no statement, or the sentence
    /// just before in the same paragraph when the quote opens its sentence and that sentence made none
    /// (<c>Lee said in a statement. “...”</c>); -1 otherwise.
    /// </summary>
    private static int SentenceBefore(int index, int quoteStart, SieveContext context)
    {
        Statement statement = context.Statements[index];
        Statement? previous = index > 0 ? context.Statements[index - 1] : null;
        if (context.Paragraphs[statement.Paragraph].Span.Start == quoteStart)
        {
            int last = context.FirstSentenceFrom(quoteStart) - 1;
            bool free = statement.Paragraph > 0 && last >= 0 && context.Sentences[last].Paragraph == statement.Paragraph - 1
                && previous?.Paragraph != statement.Paragraph - 1;
            return free ? last : -1;
        }

        int before = statement.Sentence - 1;
        bool opensSentence = context.Sentences[statement.Sentence].Span.Start == quoteStart;
        return opensSentence && before >= 0 && context.Sentences[before].Paragraph == statement.Paragraph && previous?.Sentence != before ? before : -1;
    }

    /// <summary>True for a name (every word capitalised) or <c>he</c>/<c>she</c>.</summary>
    internal static bool IsNameOrPronoun(ReadOnlySpan<char> words)
    {
        if (words is "he" or "He" or "she" or "She")
        {
            return true;
        }

        foreach (Range word in words.Split(' '))
        {
            if (words[word].Length == 0 || !char.IsUpper(words[word][0]))
            {
                return false;
            }
        }

        return true;
    }
}
