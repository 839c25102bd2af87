using QuoteAttribution.Entities;
using QuoteAttribution.Sieves;
using QuoteAttribution.Statements;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "Officials said the bridge was closed. They said repairs would take a week.": a "they" that
/// speaks continues the group or the named pair that spoke just before it, within a paragraph. Only the
/// statement right before counts: a person speaking in between breaks the chain, so a wrong group is never
/// reached over them.
/// </summary>
internal sealed class PluralAntecedents(string text, SieveContext context, ParsedMentions mentions)
{
    /// <summary>The earlier statement's speaker that <paramref name="index"/>'s plural pronoun stands for, or null.</summary>
    public ResolvedSpeaker? For(int index, ResolvedSpeaker[] resolved)
    {
        int previous = index - 1;
        if (previous < 0 || context.Statements[index].Paragraph - context.Statements[previous].Paragraph > 1)
        {
            return null;
        }

        return resolved[previous] is { Name.Length: > 0, MentionSpan: TextSpan mention } speaker
            && context.DecisionFor(previous) is { } decision
            && IsPlural(mention, decision.Appositive)
            ? speaker
            : null;
    }

    /// <summary>
    /// "Several drivers complained about the new shifts. They say the routes are too long.": the plural speaker
    /// of the nearest cue before the "they" of <paramref name="index"/>, in its sentence or the one before; null
    /// when that cue's speaker is no group. It finds what <see cref="For"/> cannot: a verb that made no
    /// statement of its own ("complained about").
    /// </summary>
    public Cues.Cue? SpeakingGroupBefore(int index, TextSpan pronoun)
    {
        Statement statement = context.Statements[index];
        for (int i = context.FirstCueFrom(statement.Sentence + 1) - 1; i >= 0; i--)
        {
            Cues.Cue cue = context.Cues[i];
            if (cue.Sentence < statement.Sentence - 1 || context.Sentences[cue.Sentence].Paragraph != context.Sentences[statement.Sentence].Paragraph)
            {
                return null;
            }

            if (cue.Speaker is TextSpan speaker && speaker.End <= pronoun.Start && speaker != pronoun)
            {
                return IsPlural(speaker, cue.Appositive) ? cue : null;
            }
        }

        return null;
    }

    /// <summary>A group (<c>several executives</c>, <c>Authorities</c>) or two names joined by <c>and</c>.</summary>
    private bool IsPlural(TextSpan mention, TextSpan? appositive)
    {
        ParsedMention parsed = mentions.Parse(mention, appositive);
        return parsed is { IsPronoun: false, Type: SpeakerType.Group }
            || (parsed.Type != SpeakerType.Group && mention.Of(text).Contains(" and ", StringComparison.Ordinal));
    }
}
