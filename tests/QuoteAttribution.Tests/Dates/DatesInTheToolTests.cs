using System.Diagnostics;
using System.Text.Json;
using NUnit.Framework;

namespace QuoteAttribution.Tests.Dates;

/// <summary>
/// The built <c>quotes</c> tool, run as its own process with its own runtime settings (invariant globalization,
/// unlike this test host), resolves a statement's date: the recognizer's assemblies and culture are there.
/// </summary>
public sealed class DatesInTheToolTests
{
    [Test]
    public void BuiltTool_ResolvesAWeekdayAgainstTheDateline()
    {
        // The tool is built beside this assembly: artifacts/bin/QuoteAttribution.Tests/<config>/ → QuoteAttribution.Cli/<config>/.
        DirectoryInfo here = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string tool = Path.Combine(here.Parent!.Parent!.FullName, "QuoteAttribution.Cli", here.Name, "quotes.dll");
        Assert.That(File.Exists(tool), Is.True, tool);
        const string article = "PORTVILLE, Oct. 8, 2015\n\nThe harbour master said on Wednesday that the ferries would run again.\n";
        ProcessStartInfo start = new("dotnet", [tool, "extract", "-", "--format", "jsonl"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using Process process = Process.Start(start)!;
        process.StandardInput.Write(article);
        process.StandardInput.Close();
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.Zero, error.Result);
        using JsonDocument record = JsonDocument.Parse(output.Split('\n')[0]);
        Assert.That(record.RootElement.GetProperty("date").GetString(), Is.EqualTo("2015-10-07"));
    }
}
