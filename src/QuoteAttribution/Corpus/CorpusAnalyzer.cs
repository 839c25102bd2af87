using QuoteAttribution.Diagnostics;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Corpus;

/// <summary>
/// Analyses a stream of articles on several threads and hands the results back one by one in input
/// order. At most <see cref="Window"/> articles are in flight, so memory stays flat for a corpus of any
/// size: reading and writing happen on the caller's thread while the analyses run in parallel.
/// </summary>
/// <example><code>
/// CorpusAnalyzer analyzer = new(pipeline, Environment.ProcessorCount);
/// foreach (CorpusItem item in analyzer.Analyze(new ArticleReader().Read(paths), token)) { ... }
/// </code></example>
public sealed class CorpusAnalyzer
{
    private readonly AttributionPipeline _pipeline;
    private readonly TaskScheduler _scheduler;

    /// <summary>Creates an analyzer that runs <paramref name="pipeline"/> on up to <paramref name="threads"/> threads.</summary>
    public CorpusAnalyzer(AttributionPipeline pipeline, int threads)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _pipeline = pipeline;
        Threads = threads;
        Window = threads * 4;
        _scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
    }

    /// <summary>How many articles are analysed at once, at most.</summary>
    public int Threads { get; }

    /// <summary>How many articles may be read ahead of the one being handed back.</summary>
    public int Window { get; }

    /// <summary>
    /// Analyses every article of <paramref name="inputs"/>; read problems pass through in place. An
    /// exception inside the analyzer becomes a problem for that article, not the end of the run.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is cancelled.</exception>
    public IEnumerable<CorpusItem> Analyze(IEnumerable<ReadResult> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Queue<Task<CorpusItem>> inFlight = new(Window);
        foreach (ReadResult input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            inFlight.Enqueue(Start(input, cancellationToken));
            if (inFlight.Count >= Window)
            {
                yield return Await(inFlight.Dequeue(), cancellationToken);
            }
        }

        while (inFlight.Count > 0)
        {
            yield return Await(inFlight.Dequeue(), cancellationToken);
        }
    }

    private Task<CorpusItem> Start(ReadResult input, CancellationToken cancellationToken)
    {
        if (input.Article is not Article article)
        {
            return Task.FromResult(new CorpusItem(input.Source, input.Line, null, input.Problem));
        }

        return Task.Factory.StartNew(
            () => AnalyzeOne(input, article), cancellationToken, TaskCreationOptions.None, _scheduler);
    }

    private CorpusItem AnalyzeOne(ReadResult input, Article article)
    {
        try
        {
            AttributionResult result = _pipeline.Analyze(article);

            // An article over the size limit was skipped whole: that is a problem to name, not an empty result.
            if (result.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCode.ArticleTooLarge) is Diagnostic tooLarge)
            {
                return new CorpusItem(input.Source, input.Line, null, new ReadProblem(input.Source, input.Line, tooLarge.Message, ReadProblemSeverity.Error));
            }

            return new CorpusItem(input.Source, input.Line, result, null);
        }
#pragma warning disable CA1031 // One article that trips the analyzer must not cost the rest of the corpus.
        catch (Exception e)
#pragma warning restore CA1031
        {
            string reason = $"analysis of article \"{article.Id}\" failed: {e.GetType().Name}: {e.Message}";
            return new CorpusItem(input.Source, input.Line, null, new ReadProblem(input.Source, input.Line, reason, ReadProblemSeverity.Error));
        }
    }

    private static CorpusItem Await(Task<CorpusItem> task, CancellationToken cancellationToken)
    {
        task.Wait(cancellationToken);
        return task.Result;
    }
}
