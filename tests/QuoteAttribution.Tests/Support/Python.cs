using System.Diagnostics;
using System.Text;

namespace QuoteAttribution.Tests.Support;

/// <summary>Runs a python3 script, for round trips through Python's own csv and json modules.</summary>
internal static class Python
{
    /// <summary>The script's standard output, or null when python3 is not installed.</summary>
    public static string? Run(string script, params string[] args)
    {
        ProcessStartInfo start = new("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["PYTHONIOENCODING"] = "utf-8";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (process)
        {
            string output = process.StandardOutput.ReadToEnd();
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"python3 failed: {error}");
            }

            return output;
        }
    }
}
