using QuoteAttribution.Cues;
using QuoteAttribution.Text;

namespace QuoteAttribution.Sieves;

/// <summary>A sieve's decision: which words name the speaker of one statement, and why.</summary>
/// <param name="Statement">Index of the statement in reading order.</param>
/// <param name="Mention">The words that name the speaker, when the decision points at words.</param>
/// <param name="Sieve">The id of the sieve that decided.</param>
/// <param name="Confidence">How sure the sieve is, 0..1.</param>
public sealed record Attribution(int Statement, TextSpan? Mention, string Sieve, double Confidence)
{
    /// <summary>The cue behind the decision, when there is one.</summary>
    public Cue? Cue { get; init; }

    /// <summary>A description of the speaker next to the mention (<c>the U.S. defense secretary</c>).</summary>
    public TextSpan? Appositive { get; init; }

    /// <summary>When set, the speaker is the one already decided for that earlier statement.</summary>
    public int? SameSpeakerAs { get; init; }
}
