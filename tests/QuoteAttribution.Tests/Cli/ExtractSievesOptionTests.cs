using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli;

public sealed class ExtractSievesOptionTests
{
    private static string SeedFolder => Path.Combine(RepositoryRoot.Fixtures, "articles");

    private static List<string> Rules(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("rule").GetString() ?? "")];

    [Test]
    public void NamedSieves_OnlyTheyDecideAndEveryStatementIsStillWritten()
    {
        // Arrange
        (int _, string all, string _) = CliRunner.Run(["extract", SeedFolder, "--format", "jsonl"]);

        // Act
        (int exitCode, string some, string error) = CliRunner.Run(["extract", SeedFolder, "--format", "jsonl", "--sieves", "trailing-cue,reported-speech"]);

        // Assert
        Assert.That(exitCode, Is.Zero, error);
        Assert.That(Rules(some), Has.Count.EqualTo(Rules(all).Count));
        Assert.That(Rules(some).Distinct(), Is.SubsetOf(new[] { "trailing-cue", "reported-speech", "" }));
        Assert.That(Rules(some).Count(r => r == "trailing-cue"), Is.EqualTo(Rules(all).Count(r => r == "trailing-cue")));
    }

    [Test]
    public void UnknownSieve_ExitTwoListingTheValidNames()
    {
        (int exitCode, string output, string error) = CliRunner.Run(["extract", SeedFolder, "--sieves", "trailing-cue,no-such-sieve"]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.Contain("no sieve named 'no-such-sieve'"));
        Assert.That(error, Does.Contain(string.Join(',', AttributionPipelineBuilder.DefaultSieves.Select(s => s.Name))));
    }
}
