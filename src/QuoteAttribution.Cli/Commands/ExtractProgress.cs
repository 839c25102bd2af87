using System.Diagnostics;
using System.Globalization;
using Humanizer;
using Humanizer.Localisation;
using QuoteAttribution.Pipeline;
using Spectre.Console;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Progress of a long run on standard error: a Spectre.Console spinner with counts that appears once
/// the run has taken a second, and only when standard error is a terminal that the records are not
/// being printed to. Problems are printed through it so they do not tear the display. Such a run ends
/// with one summary line (articles, statements, speakers, problems, time, rate), as the display clears.
/// </summary>
internal sealed class ExtractProgress
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly TextWriter _error;
    private readonly ProgressContext? _context;
    private readonly IAnsiConsole? _console;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ProgressTask? _task;
    private readonly HashSet<string> _speakers = new(StringComparer.Ordinal);
    private int _articles;
    private int _statements;
    private int _problems;

    private ExtractProgress(TextWriter error, ProgressContext? context, IAnsiConsole? console)
    {
        _error = error;
        _context = context;
        _console = console;
    }

    /// <summary>Runs <paramref name="body"/>, with a live display on <paramref name="error"/> when <paramref name="show"/>.</summary>
    public static T Run<T>(TextWriter error, bool show, Func<ExtractProgress, T> body)
    {
        if (!show)
        {
            return body(new ExtractProgress(error, null, null));
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        ExtractProgress? progress = null;
        T result = console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(context => body(progress = new ExtractProgress(error, context, console)));
        error.WriteLine(progress!.Summary());
        return result;
    }

    /// <summary>Counts one analysed article, its statements and their speakers.</summary>
    public void Article(IEnumerable<QuoteRecord> records)
    {
        _articles++;
        foreach (QuoteRecord record in records)
        {
            _statements++;
            // As `quotes speakers` counts them: by id, and anonymous sources and groups (no id) by their description.
            if (record.SpeakerId.Length > 0 || record.Speaker.Length > 0)
            {
                _speakers.Add(record.SpeakerId.Length > 0 ? record.SpeakerId : "name:" + record.Speaker.Trim().ToLowerInvariant());
            }
        }

        if (_context is null || _clock.Elapsed < Delay)
        {
            return;
        }

        _task ??= _context.AddTask("analysing").IsIndeterminate();
        _task.Description = string.Create(
            CultureInfo.InvariantCulture, $"{_articles} articles, {_statements} statements");
    }

    /// <summary>Prints one problem line on standard error.</summary>
    public void Problem(string line)
    {
        _problems++;
        if (_console is null)
        {
            _error.WriteLine(line);
        }
        else
        {
            _console.WriteLine(line);
        }
    }

    /// <summary>The run in one line: <c>quotes: 1,204 articles, 5,310 statements by 812 speakers, no problems, in 12 seconds (100 articles a second).</c></summary>
    internal string Summary()
    {
        CultureInfo culture = CultureInfo.InvariantCulture;
        TimeSpan elapsed = _clock.Elapsed;
        string problems = _problems == 0 ? "no problems" : "problem".ToQuantity(_problems, "N0", culture);
        string time = elapsed.Humanize(precision: 2, culture: culture, minUnit: TimeUnit.Second);
        string rate = elapsed.TotalSeconds >= 1
            ? string.Create(culture, $" ({Rate(_articles / elapsed.TotalSeconds)} articles a second)")
            : "";
        return $"quotes: {"article".ToQuantity(_articles, "N0", culture)}, {"statement".ToQuantity(_statements, "N0", culture)}"
            + $" by {"speaker".ToQuantity(_speakers.Count, "N0", culture)}, {problems}, in {time}{rate}.";
    }

    // 0.4 and 2.5 articles a second keep a decimal; 250 needs none.
    private static string Rate(double perSecond) =>
        perSecond.ToString(perSecond < 10 ? "0.#" : "N0", CultureInfo.InvariantCulture);
}
