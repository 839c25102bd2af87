using System.CommandLine;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Cli.Commands;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.Commands;

public sealed class CompareCommandTests
{
    private static readonly LoadedRecords Sample = new(SampleCorpus.Records, SampleCorpus.Texts, HadErrors: false);

    [Test]
    public void LavrovAndCarter_TablesPerSharedTopic()
    {
        (int code, string output, _) = Run(["Lavrov", "ash-carter"], [], "table");

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.StartWith("Sergei Lavrov and Ash Carter: 2 shared topics"));
        Assert.That(output, Does.Contain("Raqqa (2 statements)").And.Contain("Syria (2 statements)").And.Contain("Other statements"));
        Assert.That(output, Does.Contain("(moscow-2015-10-14#1)"));
    }

    [Test]
    public void Misspelt_UsageErrorWithSuggestionAndNoOutput()
    {
        (int code, string output, string error) = Run(["Lavorv", "Carter"], [], "table");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.StartWith("quotes: no speaker 'Lavorv'; did you mean: Sergei Lavrov"));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void TopicWordCsv_RowsOfThatTopicOnly()
    {
        (_, string output, _) = Run(["Stoltenberg", "Carter"], ["Turkey"], "csv");
        string[] lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines[0], Is.EqualTo("topic,date,side,speaker,speaker_id,article,quote_id,kind,text"));
        Assert.That(lines[1..], Has.Length.EqualTo(3).And.All.StartWith("Turkey,"));
        Assert.That(lines[^1], Does.Contain("washington-2015-10-16#2"));
    }

    [Test]
    public void Markdown_OneSectionPerTopic()
    {
        (_, string output, _) = Run(["Lavrov", "Carter"], [], "markdown");

        Assert.That(output, Does.Contain("## Raqqa\n\n| Date | Sergei Lavrov | Ash Carter |\n|---|---|---|\n"));
    }

    [Test]
    public void OneSpeakerOnCommandLine_UsageError()
    {
        using StringWriter stdout = new();
        using StringWriter stderr = new();

        int code = CompareCommand.Create()
            .Parse(["article.txt", "--speaker", "Lavrov"])
            .Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(stderr.ToString(), Does.Contain("two or more speakers"));
    }

    private static (int Code, string Output, string Error) Run(string[] speakers, string[] topics, string format)
    {
        using StringWriter stdout = new();
        using StringWriter stderr = new();
        int code = CompareCommand.Run(Sample, speakers, topics, format, null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
