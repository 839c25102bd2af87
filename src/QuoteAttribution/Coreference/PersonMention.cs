using QuoteAttribution.Pipeline;
using QuoteAttribution.Sieves;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>A named person the article mentions, as a candidate for pronouns and descriptions.</summary>
internal sealed record PersonMention(TextSpan Span, string Name, string Role, bool IsSpeaker)
{
    /// <summary>True when the person's role or title holds <paramref name="head"/> (<c>spokesman</c>).</summary>
    public bool Describes(string head) =>
        head.Length > 0 && Role.Contains(head, StringComparison.OrdinalIgnoreCase);

    /// <summary>The named people of the cues' speaker phrases, in text order.</summary>
    public static List<PersonMention> Collect(string text, SieveContext context)
    {
        List<PersonMention> people = [];
        foreach (Cues.Cue cue in context.Cues)
        {
            if (cue.Speaker is not TextSpan span)
            {
                continue;
            }

            string words = span.Of(text).ToString();
            MentionShape shape = MentionShape.Of(words);
            if (shape.Type != SpeakerType.Person || shape.IsPronoun || shape.IsNominal || shape.Name.Length == 0)
            {
                continue;
            }

            string role = cue.Appositive?.Of(text).ToString() ?? RoleBefore(words, shape.Name);
            people.Add(new PersonMention(span, shape.Name, role, true));
        }

        foreach (TextSpan span in context.Names)
        {
            MentionShape shape = MentionShape.Of(span.Of(text).ToString());
            if (shape.Type == SpeakerType.Person && !shape.IsNominal && shape.Name.Length > 0)
            {
                people.Add(new PersonMention(span, shape.Name, "", false));
            }
        }

        people.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return people;
    }

    private static string RoleBefore(string mention, string name)
    {
        int at = mention.LastIndexOf(name, StringComparison.Ordinal);
        return at > 0 ? mention[..at].Trim() : "";
    }
}
