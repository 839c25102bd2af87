using System.Collections.Immutable;
using System.Globalization;
using QuoteAttribution.Coreference;
using QuoteAttribution.Dates;
using QuoteAttribution.Entities;
using QuoteAttribution.Reading;
using QuoteAttribution.Sieves;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Pipeline;

/// <summary>Turns statements, decisions and resolved speakers into the output records.</summary>
internal static class RecordBuilder
{
    public static ImmutableArray<QuoteRecord> Build(Article article, SieveContext context, ResolvedSpeaker[] speakers)
    {
        ImmutableArray<QuoteRecord>.Builder records = ImmutableArray.CreateBuilder<QuoteRecord>(context.Statements.Count);
        string text = article.Text;
        // The dateline is read from the cleaned text: scraped headline lists carry dates of their own.
        DateOnly? dateline = article.Date ?? DatelineFinder.Find(context.Text)?.Date;
        for (int i = 0; i < context.Statements.Count; i++)
        {
            Statement statement = context.Statements[i];
            Attribution? decision = context.DecisionFor(i);
            ResolvedSpeaker speaker = speakers[i];
            records.Add(new QuoteRecord
            {
                Article = article.Id,
                Origin = article.Origin,
                QuoteId = article.Id + "#" + (i + 1).ToString(CultureInfo.InvariantCulture),
                Kind = statement.Kind,
                Text = text.Substring(statement.Span.Start, statement.Span.Length),
                Start = statement.Span.Start,
                End = statement.Span.End,
                Speaker = speaker.Name,
                SpeakerId = speaker.Type is SpeakerType.Person or SpeakerType.Organization ? SpeakerIds.Slug(speaker.Name) : "",
                SpeakerType = speaker.Name.Length == 0 ? SpeakerType.Unknown : speaker.Type,
                SpeakerMention = speaker.Mention,
                SpeakerStart = speaker.MentionSpan?.Start,
                SpeakerEnd = speaker.MentionSpan?.End,
                Role = speaker.Role,
                Affiliation = speaker.Affiliation,
                Cue = (decision?.Cue ?? statement.Cue)?.Trigger.Of(text).ToString() ?? "",
                Addressee = (decision?.Cue ?? statement.Cue)?.Addressee?.Of(text).ToString() ?? "",
                Date = DateOf(context, statement, decision, dateline),
                Rule = decision?.Sieve ?? "",
                Confidence = decision is null ? 0 : speaker.Name.Length == 0 ? decision.Confidence / 2 : decision.Confidence,
            });
        }

        return records.MoveToImmutable();
    }

    /// <summary>
    /// The statement's date: a day named near its cue (<c>said on Wednesday</c>) resolved against the
    /// dateline, else the dateline itself; none without a dateline.
    /// </summary>
    private static DateOnly? DateOf(SieveContext context, Statement statement, Attribution? decision, DateOnly? dateline)
    {
        if (dateline is not DateOnly date)
        {
            return null;
        }

        Cues.Cue? cue = decision?.Cue ?? statement.Cue;
        if (cue is null)
        {
            return date;
        }

        Segmentation.Sentence sentence = context.Sentences[cue.Sentence];
        string words = sentence.Span.Of(context.Text).ToString();
        return RelativeDateResolver.Resolve(date, words, cue.Trigger.Start - sentence.Span.Start) ?? date;
    }
}
