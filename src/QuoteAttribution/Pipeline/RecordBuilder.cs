using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using QuoteAttribution.Coreference;
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
        for (int i = 0; i < context.Statements.Count; i++)
        {
            Statement statement = context.Statements[i];
            Attribution? decision = context.DecisionFor(i);
            ResolvedSpeaker speaker = speakers[i];
            records.Add(new QuoteRecord
            {
                Article = article.Id,
                QuoteId = article.Id + "#" + (i + 1).ToString(CultureInfo.InvariantCulture),
                Kind = statement.Kind,
                Text = text.Substring(statement.Span.Start, statement.Span.Length),
                Start = statement.Span.Start,
                End = statement.Span.End,
                Speaker = speaker.Name,
                SpeakerId = Slug(speaker.Name),
                SpeakerType = speaker.Name.Length == 0 ? SpeakerType.Unknown : speaker.Type,
                SpeakerMention = speaker.Mention,
                SpeakerStart = speaker.MentionSpan?.Start,
                SpeakerEnd = speaker.MentionSpan?.End,
                Role = speaker.Role,
                Affiliation = speaker.Affiliation,
                Cue = (decision?.Cue ?? statement.Cue)?.Trigger.Of(text).ToString() ?? "",
                Addressee = (decision?.Cue ?? statement.Cue)?.Addressee?.Of(text).ToString() ?? "",
                Date = article.Date,
                Rule = decision?.Sieve ?? "",
                Confidence = decision is null ? 0 : speaker.Name.Length == 0 ? decision.Confidence / 2 : decision.Confidence,
            });
        }

        return records.MoveToImmutable();
    }

    private static string Slug(string name)
    {
        StringBuilder slug = new(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}
