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
            using QuoteArchive archive = QuoteArchive.OpenForWriting(settings.Database);
            ArchiveIndexer indexer = new(archive);
            bool interrupted = StoreAll(indexer, cancellationToken);
            console.Out.WriteLine(Summary(ArchiveCounts.Of(archive)));
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
    /// Stores every article in batches; true when the run was interrupted between batches. A writer task
    /// stores one batch while the analysis goes on with the next (at most two wait), so the archive's
    /// writes cost little of the analysis' throughput.
    /// </summary>
    private bool StoreAll(ArchiveIndexer indexer, CancellationToken cancellationToken)
    {
        using BlockingCollection<List<ArchivedArticle>> batches = new(boundedCapacity: 2);
        using CancellationTokenSource writerFailed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task writer = Task.Run(() =>
        {
            try
            {
                foreach (List<ArchivedArticle> batch in batches.GetConsumingEnumerable())
                {
                    Store(indexer, batch);
                }
            }
            catch
            {
                // Unblocks the analysis side, which would otherwise wait for room in the queue forever.
                writerFailed.Cancel();
                throw;
            }

            // Not cancelled by Ctrl-C: the batches already handed over are whole and are stored.
        }, CancellationToken.None);
        bool interrupted = false;
        try
        {
            List<ArchivedArticle> batch = new(BatchArticles);
            foreach (ArchivedArticle article in Articles(cancellationToken))
            {
                batch.Add(article);
                if (batch.Count == BatchArticles)
                {
                    batches.Add(batch, writerFailed.Token);
                    batch = new(BatchArticles);
                }
            }

            batches.Add(batch, writerFailed.Token);
        }
        catch (OperationCanceledException)
        {
            // The batch in hand is not stored: what the archive holds is exactly the committed batches.
            // When the writer failed, its own exception is thrown below instead.
            interrupted = true;
        }

        batches.CompleteAdding();
        writer.GetAwaiter().GetResult();
        return interrupted;
    }

    private void Store(ArchiveIndexer indexer, List<ArchivedArticle> batch)
    {
        foreach (IndexOutcome outcome in indexer.Store(batch))
        {
            _outcomes[outcome]++;
        }
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
