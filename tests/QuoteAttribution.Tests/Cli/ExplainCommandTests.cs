using System.Text.RegularExpressions;
using NUnit.Framework;
using QuoteAttribution.Coreference;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli;

public sealed class ExplainCommandTests
{
    private static string Seed(string prefix) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Fixtures, "articles"), prefix + "*.txt").Single();

    [Test]
    public void SeedArticle_EveryStatementShowsItsCueSievesAndSpeaker()
    {
        // Arrange
        string article = Seed("003_");
        (int _, string records, string _) = CliRunner.Run(["extract", article, "--format", "csv"]);
        int statements = records.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1;

        // Act
        (int exitCode, string output, string error) = CliRunner.Run(["explain", article]);

        // Assert
        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output.Split('\n').Count(l => l.StartsWith('#')), Is.EqualTo(statements));
        Assert.That(output, Does.Contain("sieve       trailing-cue: decided from a cue after the quote"));
        Assert.That(output, Does.Contain("speaker     Rupert Jones (person"));
    }

    [Test]
    public void QuoteOption_ExplainsOnlyThatStatementWithTheSievesTriedBeforeTheDecision()
    {
        (int exitCode, string output, string _) = CliRunner.Run(["explain", Seed("003_"), "--quote", "1"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.Split('\n').Where(l => l.StartsWith('#')), Is.EqualTo(new[] { output.Split('\n').First(l => l.StartsWith("#1 ", StringComparison.Ordinal)) }));
        Assert.That(output, Does.Contain("trailing-cue: declined"));
        Assert.That(output.IndexOf("trailing-cue: declined", StringComparison.Ordinal), Is.LessThan(output.IndexOf("decided from", StringComparison.Ordinal)));
        Assert.That(output, Does.Contain("confidence  0.85"));
    }

    [Test]
    public void QuotePastTheLastStatement_ExitTwoWithTheCount()
    {
        (int exitCode, string _, string error) = CliRunner.Run(["explain", Seed("003_"), "--quote", "999"]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no statement #999"));
    }

    [Test]
    public void SievesOption_OnlyTheNamedSievesAreTried()
    {
        (int exitCode, string output, string _) = CliRunner.Run(["explain", Seed("003_"), "--sieves", "sentence-cue"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output.Split('\n').Where(l => l.Contains("sieve ", StringComparison.Ordinal)).Select(l => l.Trim().Split(':')[0]).Distinct(),
            Is.EqualTo(new[] { "sieve       sentence-cue" }));
    }

    [Test]
    public void SeedArticle_ChainEndsInTheSpeakerAndTheResolverSieveThatDecided()
    {
        // Arrange
        HashSet<string> steps = [.. MentionResolution.Default.Select(CoreferenceSteps.Of),
            CoreferenceSteps.IntroducedSource, CoreferenceSteps.PluralAntecedent, CoreferenceSteps.SpeakingGroup, CoreferenceSteps.NamedLater];

        // Act
        (int exitCode, string output, string error) = CliRunner.Run(["explain", Seed("003_")]);

        // Assert: each chain's last link is "<speaker> (<step>)", the speaker the next lines name.
        Assert.That(exitCode, Is.Zero, error);
        string[] lines = output.Split('\n');
        List<string> resolvers = [];
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("   chain ", StringComparison.Ordinal))
            {
                continue;
            }

            Match last = Regex.Match(lines[i], @"-> (?<name>[^>]+) \((?<step>[^()]+)\)$");
            string speaker = lines.Skip(i + 1).First(l => l.StartsWith("   speaker ", StringComparison.Ordinal));
            Assert.That(last.Success, Is.True, lines[i]);
            if (last.Groups["name"].Value == "no speaker")
            {
                Assert.That(speaker, Is.EqualTo("   speaker     none resolved"), lines[i]);
                continue;
            }

            Assert.That(steps, Does.Contain(last.Groups["step"].Value), lines[i]);
            Assert.That(speaker, Does.StartWith("   speaker     " + last.Groups["name"].Value + " ("), lines[i]);
            resolvers.Add(last.Groups["step"].Value);
        }

        Assert.That(resolvers, Is.Not.Empty);
        Assert.That(resolvers, Does.Contain("exact-name").And.Contain("person-pronoun"));
    }
}
