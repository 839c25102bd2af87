using QuoteAttribution.Corpus;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Turns the INPUTS of <c>speakers</c>, <c>compare</c> and <c>report</c> into records, through the same
/// reader and streaming analysis as <c>extract</c> (text, HTML, JSON Lines, folders, <c>-</c>). These
/// commands need every record at once (aggregation, the report), so the records are collected.
/// </summary>
internal static class RecordSource
{
    /// <summary>Reads and analyses every article in <paramref name="inputs"/>; unreadable ones are named on <paramref name="stderr"/>.</summary>
    /// <exception cref="OperationCanceledException">Interrupted (Ctrl-C, SIGTERM).</exception>
    public static LoadedRecords Load(
        IReadOnlyList<string> inputs, TextWriter stderr, Func<Stream>? stdin = null, InputFormat? format = null,
        CancellationToken cancellationToken = default)
    {
        AttributionPipeline pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();
        CorpusAnalyzer analyzer = new(pipeline, Environment.ProcessorCount);
        List<QuoteRecord> records = [];
        Dictionary<string, string> texts = new(StringComparer.Ordinal);
        Dictionary<string, string> titles = new(StringComparer.Ordinal);
        bool hadErrors = false;
        foreach (CorpusItem item in analyzer.Analyze(new ArticleReader(stdin) { Format = format }.Read(inputs), cancellationToken))
        {
            if (item.Problem is { } problem)
            {
                stderr.WriteLine($"quotes: {problem}");
                hadErrors |= problem.IsError;
            }

            if (item.Result is not { } result)
            {
                continue;
            }

            if (!texts.TryAdd(result.Article.Id, result.Article.Text))
            {
                stderr.WriteLine($"quotes: {item.Source}: another article already has the id '{result.Article.Id}'; skipped");
                hadErrors = true;
                continue;
            }

            if (!string.IsNullOrWhiteSpace(result.Article.Title))
            {
                titles[result.Article.Id] = result.Article.Title;
            }

            records.AddRange(result.Records);
        }

        // Everything is in memory here, so a bare surname takes the id of the one full name anywhere in the run.
        SpeakerRegistry speakerIds = new();
        foreach (QuoteRecord record in records)
        {
            RunSpeakerIds.Register(record, speakerIds);
        }

        return new LoadedRecords([.. records.Select(r => RunSpeakerIds.Apply(r, speakerIds))], texts, hadErrors) { ArticleTitles = titles };
    }
}
