using System.Text.Json;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Cli.NewUser;

/// <summary>Saved pages piped in, formats forced with --input-format, and the text offsets point into.</summary>
public sealed class InputFormatTests : TempFolderTest
{
    private const string Page =
        "<!DOCTYPE html><html><head><title>Harbour</title></head><body><nav><a href=\"/\">Home</a></nav>"
        + "<article><p>\"The harbour opens in May,\" Captain Ola Berg said.</p></article></body></html>";

    [Test]
    public void HtmlOnStandardInput_IsReadAsAPage()
    {
        (int exitCode, string output, string _) = CliRunner.Run(["extract", "-", "--format", "jsonl"], stdin: Page);

        JsonElement record = JsonDocument.Parse(output.Split('\n')[0]).RootElement;
        Assert.That(exitCode, Is.Zero);
        Assert.That(record.GetProperty("text").GetString(), Is.EqualTo("The harbour opens in May,"));
        Assert.That(output, Does.Not.Contain("</p>"));
    }

    [Test]
    public void InputFormatText_KeepsTheMarkupAsText()
    {
        string page = Folder.Write("page.html", Page);

        (int _, string output, string _) = CliRunner.Run(["text", page, "--input-format", "text"]);

        Assert.That(output, Is.EqualTo(Page));
    }

    [Test]
    public void InputFormatHtml_ReadsAFileWithAnotherExtensionAsAPage()
    {
        string saved = Folder.Write("page.txt", Page);

        (int exitCode, string output, string _) = CliRunner.Run(["speakers", saved, "--input-format", "html", "-f", "csv"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("Ola Berg"));
    }

    [Test]
    public void UnknownInputFormat_ExitTwoInWords()
    {
        string page = Folder.Write("page.html", Page);

        (int exitCode, string _, string error) = CliRunner.Run(["extract", page, "--input-format", "pdf"]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--input-format expects auto, text, html or jsonl"));
    }

    [Test]
    public void TextOfAPage_OffsetsOfTheRecordsPointIntoIt()
    {
        string page = Folder.Write("page.html", Page);

        (int _, string text, string _) = CliRunner.Run(["text", page]);
        (int _, string records, string _) = CliRunner.Run(["extract", page, "--format", "jsonl"]);

        JsonElement record = JsonDocument.Parse(records.Split('\n')[0]).RootElement;
        int start = record.GetProperty("start").GetInt32();
        int end = record.GetProperty("end").GetInt32();
        Assert.That(text, Does.Not.Contain("<p>"));
        Assert.That(text[start..end], Is.EqualTo(record.GetProperty("text").GetString()));
    }
}
