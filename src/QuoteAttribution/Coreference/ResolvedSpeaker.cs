using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>Who a statement's speaker is, after pronouns and short names are resolved.</summary>
/// <param name="Name">The fullest name, or the description; empty when unresolved.</param>
/// <param name="Type">Person, organisation, anonymous, group or unknown.</param>
/// <param name="Role">Title or position.</param>
/// <param name="Affiliation">Country or organisation of the role.</param>
/// <param name="Mention">The words at the statement that point to the speaker.</param>
/// <param name="MentionSpan">Where those words are.</param>
public sealed record ResolvedSpeaker(string Name, SpeakerType Type, string Role, string Affiliation, string Mention, TextSpan? MentionSpan)
{
    /// <summary>No speaker.</summary>
    public static ResolvedSpeaker None { get; } = new("", SpeakerType.Unknown, "", "", "", null);

    /// <summary>
    /// The coreference step that resolved the mention to this speaker: a resolver sieve (<c>exact-name</c>,
    /// <c>person-pronoun</c>) or a link between statements (<c>introduced-source</c>); empty when none decided.
    /// Shown by <c>quotes explain</c>; records do not carry it.
    /// </summary>
    public string Resolver { get; init; } = "";
}
