using QuoteAttribution.Cues;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Sieves;

/// <summary>
/// A quote paragraph with no cue right after a paragraph whose last sentence has a speech verb that made no
/// statement of its own (<c>Lee praised the mayor's leadership.</c> then the quote): that verb's speaker
/// goes on speaking. Paragraph continuation covers a previous paragraph that holds a statement.
/// </summary>
/// <example>Tom Vance praised the mayor's work after the flood. ¶ “We need someone who fixes roads.” → Tom Vance</example>
public sealed class PreviousCueSieve : IAttributionSieve
{
    /// <inheritdoc/>
    public string Name => "previous-cue";

    /// <inheritdoc/>
    public string Evidence => "a speech verb ending the previous paragraph that made no statement";

    /// <inheritdoc/>
    public Attribution? TryAttribute(int index, SieveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Statement statement = context.Statements[index];
        if (CueEvidence.NamesNoOne(statement) || statement.Quote is not { } quote || statement.Paragraph == 0
            || context.Paragraphs[statement.Paragraph].Span.Start != quote.Span.Start)
        {
            return null;
        }

        // The previous paragraph's last sentence, and no statement made in that paragraph.
        int sentence = context.FirstSentenceFrom(context.Paragraphs[statement.Paragraph].Span.Start) - 1;
        if (sentence < 0 || context.Sentences[sentence].Paragraph != statement.Paragraph - 1
            || (index > 0 && context.Statements[index - 1].Paragraph == statement.Paragraph - 1))
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
