namespace QuoteAttribution.Evaluation;

/// <summary>Which breakdown tables a report writer adds to the overall figures.</summary>
[Flags]
public enum Breakdowns
{
    /// <summary>Only the overall figures.</summary>
    None = 0,

    /// <summary>Per statement kind.</summary>
    Kind = 1,

    /// <summary>Per rule: precision and speaker accuracy of each sieve.</summary>
    Rule = 2,

    /// <summary>Per article.</summary>
    Article = 4,
}
