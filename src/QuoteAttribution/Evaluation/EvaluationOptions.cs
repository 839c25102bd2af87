using System.Collections.Frozen;

namespace QuoteAttribution.Evaluation;

/// <summary>How to score; the defaults are <c>score.py</c>'s.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The three statement kinds, the default filter.</summary>
    public static IReadOnlyList<string> AllKinds { get; } = ["direct", "mixed", "indirect"];

    /// <summary>Only gold and system statements of these kinds are scored (<c>--kinds</c>).</summary>
    public IReadOnlySet<string> Kinds { get; init; } = AllKinds.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Gold speakers are resolved names (<c>ggt_*.jsonl</c>): only the system's resolved speaker counts,
    /// not a mention in the right place (<c>--resolved</c>).
    /// </summary>
    public bool Resolved { get; init; }

    /// <summary>Share of a gold statement a system statement must cover to match it, lenient scoring.</summary>
    public double Tau { get; init; } = 0.3;

    /// <summary>The same share for strict scoring.</summary>
    public double StrictTau { get; init; } = 0.8;

    /// <summary>How many errors (missed, spurious, wrong speaker) to keep, in scoring order.</summary>
    public int MaxErrors { get; init; }

    /// <summary>The defaults.</summary>
    public static EvaluationOptions Default { get; } = new();
}
