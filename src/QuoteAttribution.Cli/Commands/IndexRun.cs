using System.Collections.Concurrent;
using System.Globalization;
using QuoteAttribution.Archive;
using QuoteAttribution.Corpus;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// One run of <c>quotes index</c>: articles analysed (or records read) in input order, stored a batch
/// per transaction, every problem named on standard error, and one summary line on standard output.
/// </summary>
internal sealed class IndexRun(CliConsole console, IndexSettings settings)
{
    // Small enough that a kill loses little work, large enough that commits (one fsync of the WAL each) stay rare.
    private const int BatchArticles = 256;

    private readonly Dictionary<IndexOutcome, int> _outcomes = new() { [IndexOutcome.Added] = 0, [IndexOutcome.Updated] = 0, [IndexOutcome.Unchanged] = 0 };
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private int _problems;
    private bool _anyError;

    /// <summary>Runs; returns an <see cref="ExitCodes"/> value.</summary>
    public int Execute(CancellationToken cancellationToken)
    {
        try
        {
            (ArchiveCounts counts, bool interrupted) = StoreAll(cancellationToken);
            console.Out.WriteLine(Summary(counts));
            if (interrupted)
            {
                console.Error.WriteLine("quotes: interrupted; the batches stored so far are kept; run the same 'quotes index' again to complete the archive.");
                return ExitCodes.Interrupted;
            }

            return _anyError ? ExitCodes.SomeInputUnreadable : ExitCodes.Success;
        }
        catch (ArchiveException e)
        {
            console.Error.WriteLine($"quotes: {e.Message}");
            return ExitCodes.SomeInputUnreadable;
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            console.Error.WriteLine($"quotes: {settings.Database}: cannot write the archive: {e.Message}");
            return ExitCodes.SomeInputUnreadable;
        }
    }

    /// <summary>
    /// Stores every article; returns the archive's counts and whether the run was interrupted. A writer
    /// thread opens the archive while this one builds the analyzer, then stores the articles one by one
    /// as the analysis hands them over (a transaction per <see cref="BatchArticles"/>), so SQLite's work
    /// fills the time the analysis leaves a core idle instead of coming in bursts, and at the end only the
    /// last few articles remain to store. What is handed over is stored whole, also after Ctrl-C.
    /// </summary>
    private (ArchiveCounts Counts, bool Interrupted) StoreAll(CancellationToken cancellationToken)
    {
        using BlockingCollection<ArchivedArticle> queue = new(boundedCapacity: BatchArticles);
        using CancellationTokenSource writerFailed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task<ArchiveCounts> writer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    return Write(queue);
                }
                catch
                {
                    // Unblocks the analysis side, which would otherwise wait for room in the queue forever.
                    writerFailed.Cancel();
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        bool interrupted = false;
        try
        {
            foreach (ArchivedArticle article in Articles(writerFailed.Token))
            {
                queue.Add(article, writerFailed.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // When the writer failed, its own exception is thrown below instead.
            interrupted = true;
        }
        finally
        {
            // The writer stores what it was handed and ends, whatever stopped this side.
            queue.CompleteAdding();
        }

        return (writer.GetAwaiter().GetResult(), interrupted);
    }

    // The writer thread: opens the archive, stores what the queue brings, and counts the archive at the end.
    private ArchiveCounts Write(BlockingCollection<ArchivedArticle> queue)
    {
        Thread.CurrentThread.Name = "quotes index writer";
        using QuoteArchive archive = QuoteArchive.OpenForWriting(settings.Database);
        ArchiveIndexer indexer = new(archive);
        ArchiveBatch? batch = null;
        try
        {
            foreach (ArchivedArticle article in queue.GetConsumingEnumerable())
            {
                batch ??= indexer.Begin();
                _outcomes[batch.Add(article)]++;
                if (batch.Count == BatchArticles)
                {
                    batch.Commit();
                    batch.Dispose();
                    batch = null;
                }
            }

            batch?.Commit();
        }
        finally
        {
            batch?.Dispose();
        }

        return ArchiveCounts.Of(archive);
    }

    private IEnumerable<ArchivedArticle> Articles(CancellationToken cancellationToken)
    {
        foreach ((ArchivedArticle? article, ReadProblem? problem) in Analysed(cancellationToken).Concat(Recorded()))
        {
            if (problem is not null)
            {
                Report(problem.ToString(), problem.IsError);
            }

            if (article is null)
            {
                continue;
            }

            if (!_seen.Add(article.Id))
            {
                Report($"{(article.Origin.Length > 0 ? article.Origin : article.Id)}: another article of this run has the id '{article.Id}'; skipped", true);
                continue;
            }

            yield return article;
        }
    }

    private IEnumerable<(ArchivedArticle?, ReadProblem?)> Analysed(CancellationToken cancellationToken)
    {
        if (settings.Inputs.Count == 0)
        {
            yield break;
        }

        AttributionPipeline pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();
        CorpusAnalyzer analyzer = new(pipeline, settings.Threads);
        foreach (CorpusItem item in analyzer.Analyze(new ArticleReader(console.OpenInput).Read(settings.Inputs), cancellationToken))
        {
            yield return (item.Result is { } result ? ArchiveArticles.From(result, item.Source) : null, item.Problem);
        }
    }

    private IEnumerable<(ArchivedArticle?, ReadProblem?)> Recorded()
    {
        foreach (string path in settings.RecordFiles)
        {
            IEnumerator<(ArchivedArticle?, ReadProblem?)>? lines = null;
            try
            {
                lines = RecordsFile.Read(path).GetEnumerator();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Report($"{path}: cannot read: {e.Message}", true);
            }

            using (lines)
            {
                while (lines is not null && Next(path, lines))
                {
                    yield return lines.Current;
                }
            }
        }
    }

    private bool Next(string path, IEnumerator<(ArchivedArticle?, ReadProblem?)> lines)
    {
        try
        {
            return lines.MoveNext();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(e is FileNotFoundException or DirectoryNotFoundException ? $"{path}: no such file" : $"{path}: cannot read: {e.Message}", true);
            return false;
        }
    }

    private void Report(string message, bool isError)
    {
        console.Error.WriteLine($"quotes: {message}");
        _problems++;
        _anyError |= isError;
    }

    private string Summary(ArchiveCounts counts) => string.Create(
        CultureInfo.InvariantCulture,
        $"{settings.Database}: {_outcomes[IndexOutcome.Added]} added, {_outcomes[IndexOutcome.Updated]} updated, {_outcomes[IndexOutcome.Unchanged]} unchanged, {_problems} {(_problems == 1 ? "problem" : "problems")}; the archive holds {counts.Articles} articles, {counts.Statements} statements, {counts.Speakers} speakers");
}
