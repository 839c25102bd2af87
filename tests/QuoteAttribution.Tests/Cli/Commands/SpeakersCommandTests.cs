using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Cli.Commands;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.Commands;

public sealed class SpeakersCommandTests
{
    private static readonly LoadedRecords Sample = new(SampleCorpus.Records, SampleCorpus.Texts, HadErrors: false);

    [Test]
    public void Table_SpeakersWithRolesAndHumanSummary()
    {
        (int code, string output, _) = Run(Sample, "table");

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.Contain("Sergei Lavrov").And.Contain("Foreign Minister").And.Contain("Oct 14, 2015 \u2013 Oct 16, 2015"));
        Assert.That(output, Does.Contain("11 statements in 3 articles: 10 by 5 speakers, 1 without a speaker"));
        Assert.That(output, Does.Not.Contain("\u001b["));
    }

    [Test]
    public void Csv_HeaderThenOneRowPerSpeaker()
    {
        (_, string output, _) = Run(Sample, "csv");
        string[] lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines[0], Is.EqualTo("speaker,speaker_id,speaker_type,roles,affiliations,statements,articles,first_date,last_date"));
        Assert.That(lines[1], Is.EqualTo("Ash Carter,ash-carter,person,defense secretary,U.S.,3,3,2015-10-14,2015-10-16"));
        Assert.That(lines, Has.Length.EqualTo(6));
    }

    [Test]
    public void JsonLines_OneObjectPerSpeakerWithArrays()
    {
        (_, string output, _) = Run(Sample, "jsonl");
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using JsonDocument lavrov = JsonDocument.Parse(lines[1]);

        Assert.That(lines, Has.Length.EqualTo(5));
        Assert.That(lavrov.RootElement.GetProperty("speaker_id").GetString(), Is.EqualTo("sergei-lavrov"));
        Assert.That(lavrov.RootElement.GetProperty("roles")[0].GetString(), Is.EqualTo("Foreign Minister"));
        Assert.That(lavrov.RootElement.GetProperty("statements").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public void Markdown_PipeTable()
    {
        (_, string output, _) = Run(Sample, "markdown");

        Assert.That(output, Does.StartWith("| Speaker | Type | Roles | Affiliations | Statements | Articles | First | Last |\n|---|"));
        Assert.That(output, Does.Contain("| Jens Stoltenberg | person | Secretary-General | NATO | 2 | 1 | 2015-10-15 | 2015-10-15 |"));
    }

    [Test]
    public void SomeInputUnreadable_StillWritesAndExitsOne()
    {
        (int code, string output, _) = Run(Sample with { HadErrors = true }, "table");

        Assert.That(code, Is.EqualTo(ExitCodes.SomeInputUnreadable));
        Assert.That(output, Does.Contain("Ash Carter"));
    }

    [Test]
    public void OutputFile_WrittenWhole()
    {
        DirectoryInfo directory = Directory.CreateTempSubdirectory("quotes-speakers-");
        try
        {
            string path = Path.Combine(directory.FullName, "speakers.csv");
            using StringWriter stdout = new();
            using StringWriter stderr = new();

            int code = SpeakersCommand.Run(Sample, "csv", path, stdout, stderr);

            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(File.ReadAllText(path), Does.StartWith("speaker,speaker_id"));
            Assert.That(stdout.ToString(), Is.Empty);
            Assert.That(directory.GetFiles(), Has.Length.EqualTo(1));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void OutputFolderMissing_ExitOneAndNothingWritten()
    {
        using StringWriter stdout = new();
        using StringWriter stderr = new();
        string path = Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid().ToString("N"), "speakers.csv");

        int code = SpeakersCommand.Run(Sample, "csv", path, stdout, stderr);

        Assert.That(code, Is.EqualTo(ExitCodes.SomeInputUnreadable));
        Assert.That(stderr.ToString(), Does.StartWith("quotes: cannot write"));
        Assert.That(File.Exists(path), Is.False);
    }

    private static (int Code, string Output, string Error) Run(LoadedRecords loaded, string format)
    {
        using StringWriter stdout = new();
        using StringWriter stderr = new();
        int code = SpeakersCommand.Run(loaded, format, null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
