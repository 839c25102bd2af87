using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using QuoteAttribution.Reading;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Issue 19, reading: input that used to crash the reader, read it without bound, or lose data. Each case is
/// named and skipped (or read right) while the rest goes on.
/// </summary>
public sealed class BadInputReadingTests : TempFolderTest
{
    private const string Story = "\u201CWe will win,\u201D Mayor Jane Smith said.";

    [Test]
    public void JsonLineWithEscapedLoneSurrogate_NamedAndSkippedAndTheNextLineRead()
    {
        // Arrange: scraped text often holds half a surrogate pair, escaped
        string feed = Folder.Write("feed.jsonl", "{\"id\": \"a\", \"text\": \"x \\ud800 y\"}\n{\"id\": \"b\", \"text\": \"Fine.\"}\n");

        // Act
        ReadResult[] items = [.. new ArticleReader().Read([feed])];

        // Assert
        Assert.That(items[0].Problem?.ToString(), Is.EqualTo($"{feed}:1: a string holds an escaped lone surrogate (such as \\ud800), not text"));
        Assert.That(items[1].Article?.Id, Is.EqualTo("b"));
        Assert.That(items, Has.Length.EqualTo(2));
    }

    [Test]
    public void AnyStringEscapedIntoAJsonLine_ReadAsItselfOrNamedNeverThrows()
    {
        Gen<char> chars = Gen.Frequency(
            (6, Gen.Choose(0, 0xFFFF).Select(c => (char)c)),
            (3, Gen.Elements('\uD800', '\uDBFF', '\uDC00', '\uDFFF')),
            (3, Gen.Elements('a', ' ', '"', '\\', '\n', '\u201C')));
        Gen<string> strings = Gen.ArrayOf(chars).Select(cs => new string(cs));
        Config config = Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true);

        Prop.ForAll(strings.ToArbitrary(), text =>
        {
            string escaped = string.Concat(text.Select(c => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}")));
            byte[] line = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"text\": \"" + escaped + "\"}\n");

            ReadResult[] items = [.. ArticleReader.ReadJsonLines(new MemoryStream(line), "feed.jsonl")];

            ReadResult only = items.Single();
            bool readable = IsWellFormed(text) && !string.IsNullOrWhiteSpace(text);
            return only.Article is { } article
                ? readable && article.Text == text
                : !readable && only.Problem is { IsError: true, Line: 1 };
        }).Check(config);
    }

    [Test]
    public void EndlessStandardInput_StopsAtTheLimitAndIsNamed()
    {
        // Arrange: `yes | quotes extract -` never ends; it used to be read until memory ran out
        ArticleReader reader = new(() => new EndlessStream("y\n"u8.ToArray())) { MaxArticleChars = 10_000 };

        // Act
        ReadResult[] items = [.. reader.Read(["-"])];

        // Assert
        Assert.That(items.Single().Problem?.ToString(), Is.EqualTo("stdin: article has more than 10000 characters, over the limit of 10000; skipped"));
    }

    [Test]
    public void TextFileOverTheLimit_NamedWithoutReadingItWhole()
    {
        string big = Folder.Write("big.txt", new string('x', 5000));

        ReadResult item = new ArticleReader { MaxArticleChars = 100 }.Read([big]).Single();

        Assert.That(item.Problem?.Reason, Is.EqualTo("article has more than 100 characters, over the limit of 100; skipped"));
    }

    [Test]
    public void JsonLineOf200MegabytesAmongOthers_PassedOverInLittleMemory()
    {
        // Arrange: a 200 MB line streamed (never held by the test), then an ordinary line
        byte[] head = "{\"id\": \"big\", \"text\": \""u8.ToArray();
        byte[] tail = "\"}\n{\"id\": \"small\", \"text\": \"Jane said it.\"}\n"u8.ToArray();
        using GeneratedStream stream = new(head, (byte)'x', 200L * 1024 * 1024, tail);
        long before = GC.GetAllocatedBytesForCurrentThread();

        // Act
        ReadResult[] items = [.. ArticleReader.ReadJsonLines(stream, "feed.jsonl")];
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert: read as a string it costs 400 MB at the least (two bytes a character)
        TestContext.Out.WriteLine($"allocated {allocated / (1024 * 1024)} MB");
        Assert.That(allocated, Is.LessThan(300L * 1024 * 1024));
        Assert.That(items[0].Problem?.ToString(), Does.StartWith("feed.jsonl:1: line has more than 40065536 characters"));
        Assert.That(items[1].Article?.Id, Is.EqualTo("small"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Utf32WithByteOrderMark_DecodedAsUtf32(bool bigEndian)
    {
        UTF32Encoding encoding = new(bigEndian, byteOrderMark: true);
        string path = Folder.Write("story.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Story)]);

        ReadResult item = new ArticleReader().Read([path]).Single();

        Assert.That(item.Article?.Text, Is.EqualTo(Story));
    }

    [TestCase(false, "UTF-16 LE")]
    [TestCase(true, "UTF-16 BE")]
    public void InvalidUtf16_WarningNamesUtf16NotUtf8(bool bigEndian, string name)
    {
        // Arrange: a lone high surrogate at the end
        UnicodeEncoding encoding = new(bigEndian, byteOrderMark: true);
        byte[] lone = bigEndian ? [0xD8, 0x00] : [0x00, 0xD8];
        string path = Folder.Write("story.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Story), .. lone]);

        // Act
        ReadResult[] items = [.. new ArticleReader().Read([path])];

        // Assert
        Assert.That(items[0].Problem?.Reason, Does.StartWith($"not valid {name}: 1 invalid byte sequence(s)"));
        Assert.That(items[1].Article?.Text, Is.EqualTo(Story + "\uFFFD"));
    }

    [TestCase("<meta charset=\"windows-1252\">")]
    [TestCase("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")]
    public void HtmlDeclaringWindows1252_DecodedAsDeclared(string meta)
    {
        // Arrange: curly quotes and an accent are single bytes in windows-1252, invalid as UTF-8
        Encoding windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        string page = $"<html><head>{meta}<title>T</title></head><body><p>\u201CThe caf\u00E9 stays,\u201D Mayor Jane Smith said.</p></body></html>";
        string path = Folder.Write("page.html", windows1252.GetBytes(page));

        // Act
        ReadResult[] items = [.. new ArticleReader().Read([path])];

        // Assert
        Assert.That(items.Single().Article?.Text, Is.EqualTo("\u201CThe caf\u00E9 stays,\u201D Mayor Jane Smith said."));
    }

    [Test]
    public void RandomBytesWithoutNul_NamedAsNotTextAndExitOne()
    {
        // Arrange: seeded noise with no NUL byte, which the NUL test alone let through as text
        Random random = new(19);
        byte[] noise = new byte[4000];
        random.NextBytes(noise);
        for (int i = 0; i < noise.Length; i++)
        {
            noise[i] = noise[i] == 0 ? (byte)1 : noise[i];
        }

        string path = Folder.Write("noise.txt", noise);

        // Act
        (int exitCode, string output, string error) = CliRunner.Run(["extract", path, "--format", "jsonl"]);

        // Assert
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error, Does.StartWith($"quotes: {path}: not text: "));
    }

    [Test]
    public void HtmlDeeperThan256Levels_KeepsParagraphsApart()
    {
        // Arrange: the two paragraphs sit below the depth limit
        string deep = string.Concat(Enumerable.Repeat("<div>", 300));
        string page = $"<html><body>{deep}<p>The mayor is Jane Smith.</p><p>She said the plan would pass.</p></body></html>";
        string path = Folder.Write("deep.html", page);

        // Act
        Article article = new ArticleReader().Read([path]).Single().Article!;

        // Assert
        Assert.That(article.Text, Is.EqualTo("The mayor is Jane Smith.\n\nShe said the plan would pass."));
    }

    [Test]
    public void FifoAmongInputs_NamedAndSkippedWithoutOpeningIt()
    {
        // Arrange: opening a FIFO for reading blocks until a writer comes, which never happens here
        string fifo = Folder.File("pipe.txt");
        if (!ToolProcess.TryRun("mkfifo", fifo))
        {
            Assert.Ignore("mkfifo is not available");
        }

        string story = Folder.Write("story.txt", Story);

        // Act: the folder walk meets the FIFO too
        ReadResult[] items = [.. new ArticleReader().Read([fifo, story, Folder.Path])];

        // Assert
        Assert.That(items[0].Problem?.ToString(), Is.EqualTo($"{fifo}: a FIFO (named pipe), not a regular file; skipped (use - for standard input)"));
        Assert.That(items[1].Article?.Text, Is.EqualTo(Story));
        Assert.That(items[2].Problem?.Source, Is.EqualTo(fifo));
        Assert.That(items[3].Article?.Text, Is.EqualTo(Story));
    }

    [Test]
    public void CharacterDeviceAsInput_NamedAndSkipped()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("no /dev/zero here");
        }

        ReadResult item = new ArticleReader().Read(["/dev/zero"]).Single();

        Assert.That(item.Problem?.ToString(), Is.EqualTo("/dev/zero: a character device, not a regular file; skipped (use - for standard input)"));
    }

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
