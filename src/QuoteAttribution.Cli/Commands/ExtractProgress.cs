using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace QuoteAttribution.Cli.Commands;

/// <summary>
/// Progress of a long run on standard error: a Spectre.Console spinner with counts that appears once
/// the run has taken a second, and only when standard error is a terminal that the records are not
/// being printed to. Problems are printed through it so they do not tear the display.
/// </summary>
internal sealed class ExtractProgress
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly TextWriter _error;
    private readonly ProgressContext? _context;
    private readonly IAnsiConsole? _console;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private ProgressTask? _task;
    private int _articles;
    private int _statements;

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
        return console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(context => body(new ExtractProgress(error, context, console)));
    }

    /// <summary>Counts one analysed article with <paramref name="statements"/> statements.</summary>
    public void Article(int statements)
    {
        _articles++;
        _statements += statements;
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
        if (_console is null)
        {
            _error.WriteLine(line);
        }
        else
        {
            _console.WriteLine(line);
        }
    }
}
