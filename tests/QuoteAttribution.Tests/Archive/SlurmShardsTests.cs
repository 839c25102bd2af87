using System.Diagnostics;
using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;
using static QuoteAttribution.Tests.Archive.ArchiveSamples;

namespace QuoteAttribution.Tests.Archive;

/// <summary>
/// src/QuoteAttribution.Cli/Slurm/submit.sh on a real Slurm cluster: the seed articles split in shards, extracted by an
/// array job, merged by a dependent index job, give the archive one machine gives. Skipped where Slurm
/// is absent (src/QuoteAttribution.Cli/Slurm/one-node-cluster.sh starts a one-node cluster).
/// </summary>
[Category("Slurm")]
public sealed class SlurmShardsTests
{
    [Test]
    public void SeedArticlesInThreeShards_ArchiveEqualsOneMachineArchive()
    {
        // Arrange
        if (!SlurmAnswers())
        {
            Assert.Ignore("Slurm is absent (no 'sinfo' answering): run 'sudo src/QuoteAttribution.Cli/Slurm/one-node-cluster.sh' (Debian: installs slurm-wlm, starts slurmctld + slurmd on loopback) to run this test");
        }

        using TempFolder folder = new();
        string input = folder.Write("seeds.jsonl", SeedArticlesAsJsonLines());
        string oneMachine = folder.File("one-machine.db");
        string sharded = folder.File("sharded.db");
        CliRunner.Run(["index", input, "--db", oneMachine]);

        // Act
        string script = Path.Combine(RepositoryRoot.Path, "src", "QuoteAttribution.Cli", "Slurm", "submit.sh");
        (int exitCode, string output) = Run("bash", script, input, "3", sharded, folder.File("work"));

        // Assert
        Assert.That(exitCode, Is.Zero, output);
        Assert.That(File.Exists(sharded), Is.True, output);
        Assert.That(Dump(sharded), Is.EqualTo(Dump(oneMachine)));
    }

    private static string SeedArticlesAsJsonLines() => string.Concat(
        Directory.GetFiles(Path.Combine(RepositoryRoot.Fixtures, "articles"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = Path.GetFileNameWithoutExtension(f),
                ["text"] = File.ReadAllText(f),
            }) + "\n"));

    private static bool SlurmAnswers()
    {
        try
        {
            (int code, string output) = Run("sinfo", "-h", "-o", "%T");
            return code == 0 && output.Trim().Length > 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int ExitCode, string Output) Run(string program, params string[] args)
    {
        ProcessStartInfo start = new(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["SBATCH_WAIT"] = "1";
        start.Environment["QUOTES"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "quotes.dll")}";
        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, output + "timed out after 10 minutes");
        }

        return (process.ExitCode, output + error.Result);
    }
}
