using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Turns the INPUTS of <c>speakers</c>, <c>compare</c> and <c>report</c> into records: reads each
/// article and runs the default pipeline. This is the one seam between those commands and reading:
/// it handles plain text (<c>.txt</c> files, folders of them, <c>-</c> for standard input) and should
/// be pointed at the shared <c>Reading/ArticleReader</c> (HTML, JSON Lines) once that is merged.
/// </summary>
internal static class RecordSource
{
    private const string StandardInput = "-";

    /// <summary>Reads and analyses every article in <paramref name="inputs"/>; unreadable ones are named on <paramref name="stderr"/>.</summary>
    public static LoadedRecords Load(IReadOnlyList<string> inputs, TextWriter stderr, TextReader? stdin = null)
    {
        AttributionPipeline pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();
        List<QuoteRecord> records = [];
        Dictionary<string, string> texts = new(StringComparer.Ordinal);
        bool hadErrors = false;
        foreach (string input in inputs)
        {
            foreach ((string id, string? text, string? problem) in Read(input, stdin ?? Console.In))
            {
                if (problem is not null || text is null)
                {
                    stderr.WriteLine($"quotes: {input}: {problem}");
                    hadErrors = true;
                }
                else if (!texts.TryAdd(id, text))
                {
                    stderr.WriteLine($"quotes: {input}: another article already has the id '{id}'; skipped");
                    hadErrors = true;
                }
                else
                {
                    records.AddRange(pipeline.Analyze(new Article(id, text)).Records);
                }
            }
        }

        return new LoadedRecords(records, texts, hadErrors);
    }

    private static IEnumerable<(string Id, string? Text, string? Problem)> Read(string input, TextReader stdin)
    {
        if (input == StandardInput)
        {
            return [("stdin", stdin.ReadToEnd(), null)];
        }

        if (Directory.Exists(input))
        {
            return Directory.EnumerateFiles(input, "*.txt", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(ReadFile);
        }

        if (!File.Exists(input))
        {
            return [("", null, "no such file or folder")];
        }

        return string.Equals(Path.GetExtension(input), ".txt", StringComparison.OrdinalIgnoreCase)
            ? [ReadFile(input)]
            : [("", null, "only plain-text (.txt) articles can be read here for now; not read")];
    }

    private static (string Id, string? Text, string? Problem) ReadFile(string path)
    {
        string id = Path.GetFileNameWithoutExtension(path);
        try
        {
            return (id, File.ReadAllText(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (id, null, e.Message);
        }
    }
}
