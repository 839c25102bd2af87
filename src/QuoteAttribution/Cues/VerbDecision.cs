using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>How one speech verb was read: the verb, the speaker pattern that decided (empty when none did) and the cue, or null for a veto.</summary>
internal readonly record struct VerbDecision(TextSpan Trigger, string Pattern, Cue? Cue);
