using QuoteAttribution.Corpus;
using QuoteAttribution.Entities;
using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// One run of <c>quotes extract</c>: read, analyse in parallel, write in input order, name every
/// unreadable input on standard error, and return the exit code.
/// </summary>
internal sealed class ExtractRun(CliConsole console, ExtractSettings settings)
{
    /// <summary>Runs; returns an <see cref="ExitCodes"/> value.</summary>
    public int Execute(CancellationToken cancellationToken)
    {
        if (ChooseFormat() is not OutputFormat format)
        {
            console.Error.WriteLine(
                $"quotes: cannot tell the format of '{settings.OutputPath}' from its extension; use --format {string.Join('|', OutputFormats.Names)}.");
            return ExitCodes.Usage;
        }

        AtomicFile? file = null;
        try
        {
            if (settings.OutputPath is not null)
            {
                file = AtomicFile.Create(settings.OutputPath);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            string reason = e switch
            {
                DirectoryNotFoundException => "its folder does not exist",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            console.Error.WriteLine($"quotes: {settings.OutputPath}: cannot write: {reason}");
            return ExitCodes.SomeInputUnreadable;
        }

        using (file)
        {
            return Write(format, file, cancellationToken);
        }
    }

    private int Write(OutputFormat format, AtomicFile? file, CancellationToken cancellationToken)
    {
        try
        {
            bool anyUnreadable;
            RecordWriterOptions options = WriterOptions(format);
            using (IRecordWriter writer = file is null ? RecordWriters.Create(format, console.Out, options) : RecordWriters.Create(format, file.Stream, options))
            {
                anyUnreadable = Process(writer, cancellationToken);
                writer.Complete();
            }

            if (file is null)
            {
                console.Out.Flush();
            }
            else
            {
                file.Commit();
            }

            return anyUnreadable ? ExitCodes.SomeInputUnreadable : ExitCodes.Success;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine(file is null ? "quotes: interrupted." : "quotes: interrupted; no output file was written.");
            return ExitCodes.Interrupted;
        }
        catch (IOException e) when (file is null && BrokenPipe.Is(e))
        {
            // The reader of the pipe has gone (| head): nothing more can be delivered, and nobody is wrong.
            return ExitCodes.BrokenPipe;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"quotes: {settings.OutputPath ?? "standard output"}: cannot write: {e.Message}");
            return ExitCodes.SomeInputUnreadable;
        }
    }

    /// <summary>Streams every article through the analyzer into <paramref name="writer"/>; true when an input was unreadable.</summary>
    private bool Process(IRecordWriter writer, CancellationToken cancellationToken)
    {
        AttributionOptions options = AttributionOptions.Default with { MaxArticleLength = settings.MaxArticleChars };
        AttributionPipelineBuilder builder = new AttributionPipelineBuilder().WithOptions(options).UseDefaultSieves();
        AttributionPipeline pipeline = (settings.Sieves is null ? builder : builder.OnlySieves(settings.Sieves)).Build();
        CorpusAnalyzer analyzer = new(pipeline, settings.Threads);
        ArticleReader reader = new(console.OpenInput)
        {
            MaxArticleChars = settings.MaxArticleChars,
            SkippedFiles = settings.OutputPath is string own ? [own] : [],
            Format = settings.InputFormat,
        };
        bool showProgress = console.ErrorIsTerminal && (settings.OutputPath is not null || !console.OutputIsTerminal);
        return ExtractProgress.Run(console.Error, showProgress, progress =>
        {
            bool anyUnreadable = false;
            SpeakerRegistry speakerIds = new();
            using RecordSpool? spool = settings.Stream ? null : new RecordSpool();
            foreach (CorpusItem item in analyzer.Analyze(reader.Read(settings.Inputs), cancellationToken))
            {
                if (item.Problem is ReadProblem problem)
                {
                    anyUnreadable |= problem.IsError;
                    progress.Problem($"quotes: {problem}");
                }

                if (item.Result is AttributionResult result)
                {
                    foreach (QuoteRecord record in result.Records)
                    {
                        RunSpeakerIds.Register(record, speakerIds);
                        spool?.Add(record);
                    }

                    if (spool is null)
                    {
                        // Streaming: a bare surname takes the id of the one full name seen so far in the run
                        // ("Lavrov" after "Sergei Lavrov" in an earlier article → sergei-lavrov).
                        WriteAll(writer, result.Records, speakerIds, cancellationToken);
                    }

                    progress.Article(result.Records);
                }
            }

            if (spool is not null)
            {
                // Every speaker of the run is known now: one pass over the parked records with final ids.
                WriteAll(writer, spool.ReadBack(), speakerIds, cancellationToken);
            }

            return anyUnreadable;
        });
    }

    private static void WriteAll(IRecordWriter writer, IEnumerable<QuoteRecord> records, SpeakerRegistry speakerIds, CancellationToken cancellationToken)
    {
        foreach (QuoteRecord record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Write(RunSpeakerIds.Apply(record, speakerIds));
        }
    }

    private OutputFormat? ChooseFormat()
    {
        if (settings.Format is not null)
        {
            return OutputFormats.Parse(settings.Format);
        }

        if (settings.OutputPath is not null)
        {
            return OutputFormats.FromPath(settings.OutputPath);
        }

        // People read tables; pipes feed programs, which read JSON Lines.
        return console.OutputIsTerminal ? OutputFormat.Table : OutputFormat.JsonLines;
    }

    private RecordWriterOptions WriterOptions(OutputFormat format) => new()
    {
        FormulaGuard = settings.FormulaGuard,

        // A .csv file is most often opened by double-clicking it into Excel, which needs the BOM to read
        // UTF-8; a pipe goes to programs, for which a BOM is noise.
        ByteOrderMark = format == OutputFormat.Csv && settings.OutputPath is not null,
        Width = settings.OutputPath is null ? console.Width : CliConsole.DefaultWidth,
        Ansi = settings.OutputPath is null && console.OutputIsTerminal,
    };
}
