using System.Globalization;

namespace QuoteAttribution.Reading;

/// <summary>An input that could not be read, or was read with a caveat, named for people.</summary>
/// <param name="Source">The file as the user gave it (or found under a folder), or <c>stdin</c>.</param>
/// <param name="Line">The 1-based line of a JSON Lines input, when the problem is in one line.</param>
/// <param name="Reason">A one-line explanation (<c>not valid JSON</c>).</param>
/// <param name="Severity">Whether the input was skipped or only warned about.</param>
public sealed record ReadProblem(string Source, int? Line, string Reason, ReadProblemSeverity Severity)
{
    /// <summary>True when the input (or line) was skipped; false for warnings.</summary>
    public bool IsError => Severity == ReadProblemSeverity.Error;

    /// <summary>The problem as one line: <c>FILE[:LINE]: reason</c>, with <c>warning: </c> before warnings' reasons.</summary>
    public override string ToString()
    {
        string where = Line is int line ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{line}") : Source;
        return IsError ? $"{where}: {Reason}" : $"{where}: warning: {Reason}";
    }
}

/// <summary>How bad a <see cref="ReadProblem"/> is.</summary>
public enum ReadProblemSeverity
{
    /// <summary>The input (or the one JSON Lines line) was skipped.</summary>
    Error,

    /// <summary>The article was read and analysed, but something about it deserves a look.</summary>
    Warning,
}
