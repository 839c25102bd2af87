using System.CommandLine;
using NUnit.Framework;
using QuoteAttribution.Cli;
using QuoteAttribution.Cli.Commands;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;
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
        Assert.That(output, Does.StartWith("Sergei Lavrov and Ash Carter: 3 shared topics"));
        Assert.That(output, Does.Contain("coalition (3 statements)").And.Contain("Raqqa (2 statements)").And.Contain("Syria (2 statements)").And.Contain("Other statements"));
        Assert.That(output, Does.Contain("(moscow-2015-10-14#1, paraphrase)"));
    }

    [Test]
    public void Table_MarksOnlyAroundDirectWordsNeverAroundParaphrase()
    {
        (_, string output, _) = Run(["Lavrov", "ash-carter"], [], "markdown");

        Assert.That(output, Does.Contain("\u201CWe are ready to coordinate with the coalition, but Washington keeps saying no\u201D (moscow-2015-10-14#2)"));
        Assert.That(output, Does.Contain("| the American coalition had refused to share intelligence on Raqqa (moscow-2015-10-14#1, paraphrase)"));
        Assert.That(output, Does.Not.Contain("\u201Cthe American coalition"));
    }

    [Test]
    public void MixedStatement_KeepsOnlyItsOwnMarksAroundTheQuotedFragment()
    {
        // Arrange: an invented mixed statement; only "a dead end" was said verbatim.
        QuoteRecord mixed = SampleCorpus.Records[6] with
        {
            QuoteId = "harbour#1",
            Kind = StatementKind.Mixed,
            Text = "the ferry plan was \u201Ca dead end\u201D for Raqqa",
        };
        LoadedRecords loaded = new([.. SampleCorpus.Records, mixed], SampleCorpus.Texts, HadErrors: false);
        using StringWriter stdout = new();
        using StringWriter stderr = new();

        // Act
        CompareCommand.Run(loaded, ["Lavrov", "ash-carter"], [], "markdown", null, stdout, stderr);

        // Assert
        Assert.That(stdout.ToString(), Does.Contain("the ferry plan was \u201Ca dead end\u201D for Raqqa (harbour#1, paraphrase with quoted words)"));
    }

    [Test]
    public void AmbiguousSurname_RefusedWithCandidatesAndCountsExitTwo()
    {
        // Arrange: a second Carter with as many statements as Ash Carter.
        QuoteRecord other = SampleCorpus.Records[2] with { Speaker = "Mia Carter", SpeakerId = "mia-carter" };
        LoadedRecords loaded = new([.. SampleCorpus.Records, other, other with { QuoteId = "x#2" }, other with { QuoteId = "x#3" }], SampleCorpus.Texts, HadErrors: false);
        using StringWriter stdout = new();
        using StringWriter stderr = new();

        // Act
        int code = CompareCommand.Run(loaded, ["Lavrov", "Carter"], [], "table", null, stdout, stderr);

        // Assert
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(stderr.ToString(), Does.Contain("'Carter' fits Ash Carter (ash-carter, 3 statements), Mia Carter (mia-carter, 3 statements)"));
        Assert.That(stdout.ToString(), Is.Empty);
    }

    [Test]
    public void SurnameNearlyAllOneSpeaker_TakenAndSaidOnStderr()
    {
        // Arrange: ten statements by Ash Carter (three in the sample, seven more) against one by Mia Carter.
        QuoteRecord ash = SampleCorpus.Records[2];
        List<QuoteRecord> records = [.. SampleCorpus.Records, .. Enumerable.Range(10, 7).Select(i => ash with { QuoteId = $"x#{i}" })];
        records.Add(ash with { Speaker = "Mia Carter", SpeakerId = "mia-carter", QuoteId = "y#1" });
        using StringWriter stdout = new();
        using StringWriter stderr = new();

        // Act
        int code = CompareCommand.Run(new LoadedRecords(records, SampleCorpus.Texts, HadErrors: false), ["Lavrov", "Carter"], [], "table", null, stdout, stderr);

        // Assert
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(stderr.ToString(), Does.Contain("'Carter' taken as Ash Carter (ash-carter)"));
        Assert.That(stdout.ToString(), Does.StartWith("Sergei Lavrov and Ash Carter:"));
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
