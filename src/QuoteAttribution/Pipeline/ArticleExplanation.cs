using System.Collections.Immutable;
using QuoteAttribution.Coreference;
using QuoteAttribution.Sieves;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Pipeline;

/// <summary>
/// How one article's statements were attributed, for people who work on the rules: each statement with
/// its cue, the sieves tried on it in order, the decision and the speaker it resolved to.
/// </summary>
/// <param name="Result">The records, exactly as <see cref="AttributionPipeline.Analyze"/> returns them.</param>
/// <param name="Text">The normalized text the statements' and cues' offsets point into.</param>
/// <param name="Statements">The statements in reading order (index i is record i).</param>
/// <param name="Decisions">The deciding sieve's decision per statement, null when none decided.</param>
/// <param name="Trials">Every sieve tried on every statement, in the order they ran.</param>
/// <param name="Speakers">The speaker each decision resolved to, per statement.</param>
public sealed record ArticleExplanation(
    AttributionResult Result,
    string Text,
    ImmutableArray<Statement> Statements,
    ImmutableArray<Attribution?> Decisions,
    ImmutableArray<SieveTrial> Trials,
    ImmutableArray<ResolvedSpeaker> Speakers);
