namespace QuoteAttribution.Evaluation;

/// <summary>A line of an input file (or an article) that could not be used; the rest was scored.</summary>
/// <param name="Source">The file name, or the article id for analyzer failures.</param>
/// <param name="Line">The 1-based line number, or 0 when the problem is not about one line.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record InputProblem(string Source, int Line, string Message)
{
    /// <summary><c>file:line: message</c>, the form compilers use, so editors can jump to it.</summary>
    public override string ToString() =>
        Line > 0 ? $"{Source}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Message}" : $"{Source}: {Message}";
}
