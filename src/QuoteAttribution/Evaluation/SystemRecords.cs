using System.Collections.Immutable;
using System.Text.Json;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Evaluation;

/// <summary>The system's statements to score, by article id, from the analyzer or from a records file.</summary>
/// <param name="ByArticle">The statements of each article, in the order they were produced.</param>
/// <param name="Problems">Unreadable record lines, or articles the analyzer failed on.</param>
public sealed record SystemRecords(
    ImmutableDictionary<string, ImmutableArray<SystemStatement>> ByArticle,
    ImmutableArray<InputProblem> Problems)
{
    /// <summary>The statements of one article; none when the article has no records.</summary>
    public ImmutableArray<SystemStatement> Of(string articleId) =>
        ByArticle.TryGetValue(articleId, out ImmutableArray<SystemStatement> statements) ? statements : [];

    /// <summary>
    /// Runs <paramref name="pipeline"/> on every gold article (in parallel; the pipeline is thread-safe).
    /// An article the analyzer throws on is reported and has no records.
    /// </summary>
    public static SystemRecords FromPipeline(AttributionPipeline pipeline, IReadOnlyList<GoldArticle> gold)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        var results = gold.AsParallel().AsOrdered().Select(article => Analyze(pipeline, article)).ToList();
        Dictionary<string, List<SystemStatement>> byArticle = new(StringComparer.Ordinal);
        ImmutableArray<InputProblem>.Builder problems = ImmutableArray.CreateBuilder<InputProblem>();
        foreach ((string id, IEnumerable<SystemStatement> statements, InputProblem? problem) in results)
        {
            Add(byArticle, id, statements);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return new SystemRecords(Freeze(byArticle), problems.ToImmutable());
    }

    /// <summary>
    /// Reads a records JSONL file, as <c>quotes extract --format jsonl</c> writes it. As in
    /// <c>score.py</c>, a line needs <c>article</c>, <c>start</c> and <c>end</c>; other lines are reported
    /// and left out.
    /// </summary>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    public static SystemRecords Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Dictionary<string, List<SystemStatement>> byArticle = new(StringComparer.Ordinal);
        ImmutableArray<InputProblem>.Builder problems = ImmutableArray.CreateBuilder<InputProblem>();
        JsonLinesFile.ForEachLine(path, problems, line =>
        {
            (string article, SystemStatement statement) = ParseRecord(line);
            Add(byArticle, article, [statement]);
        });

        return new SystemRecords(Freeze(byArticle), problems.ToImmutable());
    }

    private static (string Article, SystemStatement Statement) ParseRecord(JsonElement r)
    {
        if (!JsonFields.TryPythonInt(JsonFields.Get(r, "start"), out long start)
            || !JsonFields.TryPythonInt(JsonFields.Get(r, "end"), out long end))
        {
            throw new FormatException("a record needs integer \"start\" and \"end\"");
        }

        string article = JsonFields.Id(JsonFields.Get(r, "article")) ?? throw new FormatException("a record needs \"article\"");
        long? speakerStart = JsonFields.TryGetInteger(JsonFields.Get(r, "speaker_start"), out long s0) ? s0 : null;
        long? speakerEnd = JsonFields.TryGetInteger(JsonFields.Get(r, "speaker_end"), out long s1) ? s1 : null;
        SystemStatement statement = new(
            start,
            end,
            JsonFields.Kind(JsonFields.Get(r, "kind")),
            JsonFields.StringOrEmpty(JsonFields.Get(r, "speaker")),
            JsonFields.StringOrEmpty(JsonFields.Get(r, "speaker_mention")),
            speakerStart,
            speakerEnd,
            JsonFields.StringOrEmpty(JsonFields.Get(r, "rule")));
        return (article, statement);
    }

    private static (string Id, IEnumerable<SystemStatement> Statements, InputProblem? Problem) Analyze(
        AttributionPipeline pipeline, GoldArticle article)
    {
        try
        {
            AttributionResult result = pipeline.Analyze(new Article(article.Id, article.Text));
            return (article.Id, result.Records.Select(SystemStatement.From).ToList(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (article.Id, [], new InputProblem(article.Id, 0, $"the analyzer failed: {e.GetType().Name}: {e.Message}"));
        }
    }

    private static void Add(Dictionary<string, List<SystemStatement>> byArticle, string id, IEnumerable<SystemStatement> statements)
    {
        if (!byArticle.TryGetValue(id, out List<SystemStatement>? list))
        {
            byArticle[id] = list = [];
        }

        list.AddRange(statements);
    }

    private static ImmutableDictionary<string, ImmutableArray<SystemStatement>> Freeze(Dictionary<string, List<SystemStatement>> byArticle) =>
        byArticle.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray(), StringComparer.Ordinal);
}
