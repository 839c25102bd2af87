using NUnit.Framework;
using QuoteAttribution.Cli.Commands;

namespace QuoteAttribution.Tests.Cli.Commands;

public sealed class RecordSourceTests
{
    [Test]
    public void FolderMissingFileAndHtml_TextsReadOthersNamedOnStandardError()
    {
        // Arrange
        DirectoryInfo directory = Directory.CreateTempSubdirectory("quotes-source-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "sub"));
            File.WriteAllText(Path.Combine(directory.FullName, "b.txt"), "Lavrov said it.");
            File.WriteAllText(Path.Combine(directory.FullName, "sub", "a.txt"), "Carter said so.");
            string html = Path.Combine(directory.FullName, "page.html");
            File.WriteAllText(html, "<p>x</p>");
            using StringWriter stderr = new();

            // Act
            LoadedRecords loaded = RecordSource.Load([directory.FullName, html, "missing.txt"], stderr);

            // Assert
            Assert.That(loaded.ArticleTexts.Keys, Is.EquivalentTo(new[] { "a", "b" }));
            Assert.That(loaded.ArticleTexts["a"], Is.EqualTo("Carter said so."));
            Assert.That(loaded.HadErrors, Is.True);
            Assert.That(stderr.ToString(), Does.Contain("page.html: only plain-text").And.Contain("missing.txt: no such file or folder"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Dash_ReadsStandardInputAsArticleStdin()
    {
        using StringWriter stderr = new();
        using StringReader stdin = new("Lavrov said it.");

        LoadedRecords loaded = RecordSource.Load(["-"], stderr, stdin);

        Assert.That(loaded.ArticleTexts["stdin"], Is.EqualTo("Lavrov said it."));
        Assert.That(loaded.HadErrors, Is.False);
    }
}
