namespace QuoteAttribution.Cli.Commands;

/// <summary>What <c>quotes extract</c> was asked to do, after parsing.</summary>
/// <param name="Inputs">Files, folders or <c>-</c>.</param>
/// <param name="Format">The <c>--format</c> name, or null to choose one.</param>
/// <param name="OutputPath">The <c>-o</c> file, or null for standard output.</param>
/// <param name="Threads">How many articles to analyse at once.</param>
/// <param name="FormulaGuard">False with <c>--no-formula-guard</c>.</param>
/// <param name="MaxArticleChars">Articles longer than this are named on standard error and skipped.</param>
internal sealed record ExtractSettings(
    IReadOnlyList<string> Inputs, string? Format, string? OutputPath, int Threads, bool FormulaGuard, int MaxArticleChars)
{
    /// <summary>With <c>--sieves</c>: only these sieves run, in this order; null runs the defaults.</summary>
    public IReadOnlyList<string>? Sieves { get; init; }

    /// <summary>
    /// With <c>--stream</c>: each article's records are written as soon as it is analysed, with the speaker
    /// ids the names seen so far give; without it, the records wait (on disk) until the run's ids are final.
    /// </summary>
    public bool Stream { get; init; }

    /// <summary>The <c>--input-format</c>, or null for auto.</summary>
    public Reading.InputFormat? InputFormat { get; init; }
}
