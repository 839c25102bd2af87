using NUnit.Framework;
using QuoteAttribution.Cli.Commands;

namespace QuoteAttribution.Tests.Cli.Commands;

public sealed class RecordSourceTests
{
    [Test]
    public void FolderHtmlAndMissingFile_ArticlesReadMissingNamedOnStandardError()
    {
        // Arrange
        DirectoryInfo directory = Directory.CreateTempSubdirectory("quotes-source-");
        try
        {
            Directory.CreateDirectory(Path.Combine(directory.FullName, "sub"));
            File.WriteAllText(Path.Combine(directory.FullName, "b.txt"), "Lavrov said it.");
            File.WriteAllText(Path.Combine(directory.FullName, "sub", "a.txt"), "Carter said so.");
            string html = Path.Combine(directory.FullName, "page.html");
            File.WriteAllText(html, "<html><body><nav>Home</nav><p>Hua said so.</p></body></html>");
            using StringWriter stderr = new();

            // Act
            LoadedRecords loaded = RecordSource.Load([directory.FullName, "missing.txt"], stderr);

            // Assert
            Assert.That(loaded.ArticleTexts.Keys, Is.EquivalentTo(new[] { "sub/a", "b", "page" }));
            Assert.That(loaded.ArticleTexts["sub/a"], Is.EqualTo("Carter said so."));
            Assert.That(loaded.ArticleTexts["page"], Does.Contain("Hua said so.").And.Not.Contain("Home"));
            Assert.That(loaded.HadErrors, Is.True);
            Assert.That(stderr.ToString(), Does.Contain("missing.txt").And.Not.Contain("page.html"));
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
        LoadedRecords loaded = RecordSource.Load(["-"], stderr, () => new MemoryStream("Lavrov said it."u8.ToArray()));

        Assert.That(loaded.ArticleTexts["stdin"], Is.EqualTo("Lavrov said it."));
        Assert.That(loaded.HadErrors, Is.False);
    }
}
