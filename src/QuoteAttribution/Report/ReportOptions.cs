namespace QuoteAttribution.Report;

/// <summary>What the HTML report shows besides the quotes and speakers tables.</summary>
public sealed record ReportOptions
{
    /// <summary>The page title and heading.</summary>
    public string Title { get; init; } = "Quote report";

    /// <summary>
    /// The officials to compare (queries as for <c>quotes compare</c>); with fewer than two, the report
    /// compares the two speakers with the most statements, people first.
    /// </summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];

    /// <summary>Topic words that restrict the comparison, as <c>--topic</c> does.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>The defaults.</summary>
    public static ReportOptions Default { get; } = new();
}
