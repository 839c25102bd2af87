namespace QuoteAttribution.Statements;

/// <summary>How a statement is reported.</summary>
public enum StatementKind
{
    /// <summary>The whole statement is inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech that carries quoted words.</summary>
    Mixed,

    /// <summary>Reported speech without quotation marks.</summary>
    Indirect,
}
