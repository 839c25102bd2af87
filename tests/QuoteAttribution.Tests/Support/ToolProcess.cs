using System.Diagnostics;

namespace QuoteAttribution.Tests.Support;

/// <summary>
/// Runs the built <c>quotes</c> tool (quotes.dll, copied beside the tests) as a real process, for what an
/// in-process run cannot show: signals, pipes, standard streams. Also runs the small Unix tools the tests
/// need (<c>mkfifo</c>, <c>kill</c>, <c>mount</c>).
/// </summary>
internal static class ToolProcess
{
    /// <summary>Generous: the machine the tests run on may be busy; a run that ends early never waits this long.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static string QuotesDll => Path.Combine(AppContext.BaseDirectory, "quotes.dll");

    /// <summary>Starts <c>dotnet quotes.dll ARGS</c> with all three standard streams redirected.</summary>
    public static Process StartQuotes(string workingDirectory, params string[] args)
    {
        ProcessStartInfo start = new("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(QuotesDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start)!;
    }

    /// <summary>Runs a Unix tool to its end; true when it exited 0.</summary>
    public static bool TryRun(string tool, params string[] args)
    {
        try
        {
            ProcessStartInfo start = new(tool) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Sends <paramref name="signal"/> (TERM, HUP, INT) to the process.</summary>
    public static bool Signal(Process process, string signal) => TryRun("kill", "-s", signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Waits for the process to end; kills it (and says so) when it does not within <see cref="Patience"/>.</summary>
    public static bool Ended(Process process)
    {
        if (process.WaitForExit(Patience))
        {
            process.WaitForExit();
            return true;
        }

        process.Kill(entireProcessTree: true);
        return false;
    }

    /// <summary>Waits until <paramref name="condition"/> holds (polling), at most <see cref="Patience"/>.</summary>
    public static bool Eventually(Func<bool> condition)
    {
        Stopwatch watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > Patience)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }
}
