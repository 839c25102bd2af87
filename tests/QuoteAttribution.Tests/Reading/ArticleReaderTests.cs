using System.Text;
using NUnit.Framework;
using QuoteAttribution.Reading;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Reading;

public sealed class ArticleReaderTests : TempFolderTest
{
    [Test]
    public void TextFile_IsOneArticleNamedAfterTheFile()
    {
        string path = Folder.Write("story-1.txt", "\"Yes,\" she said.\r\n\r\nEnd.");

        ReadResult item = Read(path).Single();

        Assert.That(item.Article, Is.EqualTo(new Article("story-1", "\"Yes,\" she said.\r\n\r\nEnd.") { Origin = path }));
        Assert.That(item.Source, Is.EqualTo(path));
    }

    [Test]
    public void Utf8ByteOrderMark_IsNotPartOfTheText()
    {
        string path = Folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "abc"u8]);

        Assert.That(Read(path).Single().Article!.Text, Is.EqualTo("abc"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Utf16WithByteOrderMark_IsDecoded(bool bigEndian)
    {
        UnicodeEncoding encoding = new(bigEndian, byteOrderMark: true);
        string path = Folder.Write("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("\u201CHi,\u201D said Zo\u00EB.")]);

        ReadResult[] items = Read(path);

        Assert.That(items, Has.Length.EqualTo(1));
        Assert.That(items[0].Article!.Text, Is.EqualTo("\u201CHi,\u201D said Zo\u00EB."));
    }

    [Test]
    public void InvalidUtf8_IsReadWithReplacementAndAWarning()
    {
        string path = Folder.Write("bad.txt", [.. "caf"u8, 0xE9, .. " ok"u8]);

        ReadResult[] items = Read(path);

        Assert.That(items, Has.Length.EqualTo(2));
        Assert.That(items[0].Problem!.Severity, Is.EqualTo(ReadProblemSeverity.Warning));
        Assert.That(items[0].Problem!.ToString(), Does.StartWith(path + ": warning: not valid UTF-8"));
        Assert.That(items[1].Article!.Text, Is.EqualTo("caf\uFFFD ok"));
    }

    [Test]
    public void MissingEmptyAndBinaryFiles_AreProblemsAndTheRestIsRead()
    {
        // Arrange
        string missing = Folder.File("missing.txt");
        string empty = Folder.Write("empty.txt", "");
        string binary = Folder.Write("image.txt", [0x89, 0x50, 0x00, 0x01]);
        string good = Folder.Write("good.txt", "Fine.");

        // Act
        ReadResult[] items = Read(missing, empty, binary, good);

        // Assert
        Assert.That(items.Select(i => i.Problem?.ToString()), Is.EqualTo(new[]
        {
            missing + ": no such file or folder",
            empty + ": file is empty",
            binary + ": binary file (NUL bytes), not text",
            null,
        }));
        Assert.That(items[3].Article!.Id, Is.EqualTo("good"));
    }

    [Test]
    public void Folder_IsReadRecursivelyInOrdinalOrderSkippingOtherFiles()
    {
        Folder.Write("b.txt", "b");
        Folder.Write("a/z.txt", "z");
        Folder.Write("B.txt", "B");
        Folder.Write("notes.docx", "x");
        Folder.Write(".hidden.txt", "h");

        string[] ids = [.. Read(Folder.Path).Select(i => i.Article!.Id)];

        Assert.That(ids, Is.EqualTo((string[])["B", "a/z", "b"]));
    }

    [Test]
    public void JsonLines_BadLinesAreNamedAndTheRestGoOn()
    {
        // Arrange
        string path = Folder.Write("feed.jsonl", string.Join('\n',
            """{"id": "one", "text": "First.", "title": "T", "date": "2016-10-05", "url": "http://x", "source": "AFP"}""",
            "",
            "{not json",
            """{"text": "no id"}""",
            """{"id": "four"}""",
            """{"id": 5, "text": "Fifth.", "date": "2016-10-05T23:30:00-05:00"}""",
            """[1, 2]"""));

        // Act
        ReadResult[] items = Read(path);

        // Assert
        Assert.That(items[0].Article, Is.EqualTo(new Article("one", "First.")
        {
            Title = "T",
            Date = new DateOnly(2016, 10, 5),
            Url = "http://x",
            Origin = "http://x",
            Source = "AFP",
        }));
        Assert.That(items[0].Line, Is.EqualTo(1));
        Assert.That(items[1].Problem!.ToString(), Does.StartWith(path + ":3: not valid JSON"));
        Assert.That(items[2].Problem!.ToString(), Is.EqualTo(path + ":4: no \"id\" (a non-empty string or number is required)"));
        Assert.That(items[3].Problem!.ToString(), Is.EqualTo(path + ":5: article \"four\" has no \"text\" string"));
        Assert.That(items[4].Article, Is.EqualTo(new Article("5", "Fifth.") { Date = new DateOnly(2016, 10, 5), Origin = path }));
        Assert.That(items[5].Problem!.ToString(), Is.EqualTo(path + ":7: not a JSON object"));
        Assert.That(items, Has.Length.EqualTo(6));
    }

    [Test]
    public void JsonLinesBadDate_IsAWarningAndTheArticleIsKept()
    {
        string path = Folder.Write("feed.ndjson", """{"id": "a", "text": "x", "date": "5 Oct 2016"}""");

        ReadResult[] items = Read(path);

        Assert.That(items[0].Problem!.Severity, Is.EqualTo(ReadProblemSeverity.Warning));
        Assert.That(items[0].Problem!.Line, Is.EqualTo(1));
        Assert.That(items[1].Article!.Date, Is.Null);
    }

    [Test]
    public void StandardInputText_IsOneArticleKeptExactly()
    {
        ReadResult item = ReadStdin("\n  \"Hi,\" he said.\n").Single();

        Assert.That(item.Article, Is.EqualTo(new Article("stdin", "\n  \"Hi,\" he said.\n") { Origin = "stdin" }));
    }

    [Test]
    public void StandardInputStartingWithBrace_IsJsonLinesWithLineNumbers()
    {
        ReadResult[] items = ReadStdin("\n\n{\"id\": \"x\", \"text\": \"X.\"}\nbad\n");

        Assert.That(items[0].Article!.Id, Is.EqualTo("x"));
        Assert.That(items[0].Line, Is.EqualTo(3));
        Assert.That(items[1].Problem!.ToString(), Does.StartWith("stdin:4: not valid JSON"));
    }

    [Test]
    public void EmptyStandardInput_IsAProblem()
    {
        Assert.That(ReadStdin("  \n").Single().Problem!.ToString(), Is.EqualTo("stdin: standard input is empty"));
    }

    [Test]
    public void Read_IsLazy()
    {
        string good = Folder.Write("good.txt", "Fine.");

        IEnumerable<ReadResult> items = new ArticleReader(() => throw new InvalidOperationException("opened"))
            .Read([good, "-"]);

        Assert.That(items.First().Article!.Id, Is.EqualTo("good"));
    }

    private static ReadResult[] Read(params string[] inputs) => [.. new ArticleReader().Read(inputs)];

    private static ReadResult[] ReadStdin(string text) =>
        [.. new ArticleReader(() => new MemoryStream(Encoding.UTF8.GetBytes(text))).Read(["-"])];
}
