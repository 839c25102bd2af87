using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli;

/// <summary>One speaker_id per person across the articles of a run.</summary>
public sealed class SpeakerIdTests : TempFolderTest
{
    [Test]
    public void SurnameInALaterArticle_TakesTheFullNamesId()
    {
        // Arrange
        string feed = Folder.Write("feed.jsonl",
            "{\"id\": \"a\", \"text\": \"Foreign Minister Sergei Lavrov said the talks would resume in May.\"}\n" +
            "{\"id\": \"b\", \"text\": \"\\\"We are ready to talk to everyone,\\\" Lavrov told reporters.\"}\n");

        // Act
        (int exitCode, string output, string _) = CliRunner.Run(["extract", feed, "-f", "jsonl"]);

        // Assert
        Assert.That(exitCode, Is.Zero);
        string[] ids = [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("speaker_id").GetString()!)];
        Assert.That(ids, Is.EqualTo(new[] { "sergei-lavrov", "sergei-lavrov" }));
    }

    [Test]
    public void TwoPeopleSharingASurname_KeepTheirOwnIds()
    {
        // Arrange
        string feed = Folder.Write("feed.jsonl",
            "{\"id\": \"a\", \"text\": \"General Rupert Jones said the offensive had begun.\"}\n" +
            "{\"id\": \"b\", \"text\": \"Ambassador Stuart Jones said the talks had begun.\"}\n" +
            "{\"id\": \"c\", \"text\": \"\\\"The offensive is going well,\\\" Jones said.\"}\n");

        // Act
        (int _, string output, string _) = CliRunner.Run(["extract", feed, "-f", "jsonl"]);

        // Assert
        string[] ids = [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("speaker_id").GetString()!)];
        Assert.That(ids, Is.EqualTo(new[] { "rupert-jones", "stuart-jones", "jones" }));
    }

    [Test]
    public void SurnameInAnEarlierArticle_TakesTheFullNamesIdOfALaterOne()
    {
        // Arrange: the run's ids are final before anything is written
        string feed = Folder.Write("feed.jsonl", SurnameFirst);

        // Act
        (int exitCode, string output, string _) = CliRunner.Run(["extract", feed, "-f", "jsonl"]);

        // Assert
        Assert.That(exitCode, Is.Zero);
        Assert.That(Ids(output), Is.EqualTo(new[] { "sergei-lavrov", "sergei-lavrov" }));
    }

    [Test]
    public void Stream_WritesProvisionalIdsFromTheNamesSeenSoFar()
    {
        string feed = Folder.Write("feed.jsonl", SurnameFirst);

        (int exitCode, string output, string _) = CliRunner.Run(["extract", feed, "-f", "jsonl", "--stream"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(Ids(output), Is.EqualTo(new[] { "lavrov", "sergei-lavrov" }));
    }

    private const string SurnameFirst =
        "{\"id\": \"a\", \"text\": \"\\\"We are ready to talk to everyone,\\\" Lavrov told reporters.\"}\n" +
        "{\"id\": \"b\", \"text\": \"Foreign Minister Sergei Lavrov said the talks would resume in May.\"}\n";

    private static string[] Ids(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("speaker_id").GetString()!)];
}
