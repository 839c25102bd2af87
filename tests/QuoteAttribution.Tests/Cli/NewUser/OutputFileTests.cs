using System.Text;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.NewUser;

/// <summary>Every command that writes rows takes its format from --format, else from the -o extension.</summary>
public sealed class OutputFileTests : TempFolderTest
{
    private const string Story = "\"We will win,\" Mayor Jane Smith said. \"The harbour opens in May,\" Captain Ola Berg said.";

    [Test]
    public void SpeakersToCsvFile_IsCsvWithByteOrderMark()
    {
        string story = Folder.Write("story.txt", Story);
        string output = Folder.File("who.csv");

        (int exitCode, string _, string _) = CliRunner.Run(["speakers", story, "-o", output]);

        byte[] bytes = File.ReadAllBytes(output);
        Assert.That(exitCode, Is.Zero);
        Assert.That(bytes[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(Encoding.UTF8.GetString(bytes[3..]), Does.StartWith("speaker,speaker_id,").And.Not.Contain("│"));
    }

    [TestCase("cmp.csv", "topic,date,side,")]
    [TestCase("cmp.jsonl", "{\"topic\":")]
    [TestCase("cmp.md", "#")]
    public void CompareToFile_FormatFromExtension(string name, string start)
    {
        string story = Folder.Write("story.txt", Story);
        string output = Folder.File(name);

        (int exitCode, string _, string error) = CliRunner.Run(["compare", story, "--speaker", "Jane Smith", "--speaker", "Ola Berg", "-o", output]);

        Assert.That((exitCode, error), Is.EqualTo((0, "")));
        Assert.That(File.ReadAllText(output).TrimStart('\uFEFF'), Does.StartWith(start).And.Not.Contain("│"));
    }

    [TestCase("extract", "CSV")]
    [TestCase("speakers", "Jsonl")]
    public void FormatInAnyCase_IsAccepted(string command, string format)
    {
        string story = Folder.Write("story.txt", Story);

        (int exitCode, string output, string error) = CliRunner.Run([command, story, "-f", format]);

        Assert.That((exitCode, error), Is.EqualTo((0, "")));
        Assert.That(output, Is.Not.Empty);
    }

    [Test]
    public void ReportToPdf_IsRefusedAndNothingWritten()
    {
        string story = Folder.Write("story.txt", Story);
        string output = Folder.File("x.pdf");

        (int exitCode, string _, string error) = CliRunner.Run(["report", story, "-o", output]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("HTML"));
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void ExtractIntoTheInputFolder_NextRunSkipsItsOwnOutput()
    {
        Folder.Write("trap/story.txt", Story);
        string folder = Folder.File("trap");
        string output = Folder.File("trap/quotes.jsonl");

        (int firstExit, string _, string _) = CliRunner.Run(["extract", folder, "-o", output]);
        string first = File.ReadAllText(output);
        (int secondExit, string _, string secondError) = CliRunner.Run(["extract", folder, "-o", output]);

        Assert.That((firstExit, secondExit, secondError), Is.EqualTo((0, 0, "")));
        Assert.That(File.ReadAllText(output), Is.EqualTo(first));
    }
}
