using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Cli.Commands;
using QuoteAttribution.Report;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.Commands;

public sealed class ReportCommandTests
{
    private static readonly LoadedRecords Sample = new(SampleCorpus.Records, SampleCorpus.Texts, HadErrors: false);

    [Test]
    public void ChosenSpeakers_ReportFileWritten()
    {
        DirectoryInfo directory = Directory.CreateTempSubdirectory("quotes-report-cli-");
        try
        {
            string path = Path.Combine(directory.FullName, "report.html");
            using StringWriter stdout = new();
            using StringWriter stderr = new();

            int code = ReportCommand.Run(Sample, new ReportOptions { Speakers = ["Stoltenberg", "Carter"] }, path, stdout, stderr);

            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(File.ReadAllText(path), Does.StartWith("<!DOCTYPE html>").And.Contain("Jens Stoltenberg"));
            Assert.That(directory.GetFiles(), Has.Length.EqualTo(1));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void UnknownSpeaker_UsageErrorAndNoFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        using StringWriter stdout = new();
        using StringWriter stderr = new();

        int code = ReportCommand.Run(Sample, new ReportOptions { Speakers = ["Lavorv", "Carter"] }, path, stdout, stderr);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(stderr.ToString(), Does.Contain("did you mean: Sergei Lavrov"));
        Assert.That(File.Exists(path), Is.False);
    }
}
