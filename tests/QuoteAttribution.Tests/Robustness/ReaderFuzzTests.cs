using System.Diagnostics;
using System.Globalization;
using System.Text;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// A seeded fuzz pass over the readers through <c>quotes extract</c>: random bytes, random JSON Lines (valid
/// lines broken in random ways) and random HTML (tags, attributes, entities, nesting, unclosed), as files and
/// as standard input. Each input must end with exit code 0 or 1 and no exception escaping the command. The
/// default run tries <see cref="DefaultInputs"/> inputs; <c>.ci/run</c> sets <c>QA_FUZZ_SECONDS</c> for a
/// longer, time-boxed pass with the same seed (so the same inputs, as many as fit in the time).
/// </summary>
[Category("Fuzz")]
public sealed class ReaderFuzzTests : TempFolderTest
{
    private const int Seed = 19;
    private const int DefaultInputs = 150;

    private static readonly string[] Tags = ["p", "div", "span", "article", "main", "nav", "script", "style", "br", "h1", "li", "ul", "table", "td", "pre", "template", "svg", "a", "b", "meta"];
    private static readonly string[] Pieces =
    [
        "\u201CWe will win,\u201D", " Mayor Jane Smith said.", " she said", "\"", "\\", "\\u", "\\ud800", "\\udc00", "\\u0000", "{", "}", "[", "]", ":", ",",
        "null", "true", "1e999", "-0", "\"id\"", "\"text\"", "\"date\"", "\"2016-02-30\"", "&amp;", "&#x110000;", "&#0;", "<!--", "-->", "<![CDATA[",
        "\r", "\n", "\r\n", "\t", "\u2028", "\uFEFF", "\u001B[2J", "\u00E9", "\U0001F600", " ",
    ];

    [Test]
    public void RandomInputs_EveryRunEndsWithExitZeroOrOne()
    {
        // Arrange
        Random random = new(Seed);
        TimeSpan budget = Budget();
        Stopwatch watch = Stopwatch.StartNew();
        Dictionary<string, int> tried = new(StringComparer.Ordinal) { ["bytes"] = 0, ["jsonl"] = 0, ["html"] = 0, ["stdin"] = 0 };
        List<string> failures = [];
        int n = 0;

        // Act
        while (budget == TimeSpan.Zero ? n < DefaultInputs : watch.Elapsed < budget)
        {
            string kind = (n % 4) switch { 0 => "bytes", 1 => "jsonl", 2 => "html", _ => "stdin" };
            int exitCode = kind == "stdin" ? RunOnStandardInput(random) : RunOnFile(kind, random, n);
            tried[kind]++;
            if (exitCode is not (0 or 1))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"input {n} ({kind}): exit {exitCode}"));
            }

            n++;
        }

        // Assert
        TestContext.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fuzz: {n} inputs in {watch.Elapsed.TotalSeconds:F0} s (seed {Seed}): {string.Join(", ", tried.Select(t => $"{t.Value} {t.Key}"))}; {n - failures.Count} handled"));
        Assert.That(failures, Is.Empty);
    }

    private static TimeSpan Budget() =>
        int.TryParse(Environment.GetEnvironmentVariable("QA_FUZZ_SECONDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.Zero;

    private int RunOnFile(string kind, Random random, int n)
    {
        (string extension, byte[] bytes) = kind switch
        {
            "bytes" => (random.Next(3) switch { 0 => ".txt", 1 => ".html", _ => ".jsonl" }, RandomBytes(random)),
            "jsonl" => (".jsonl", Encoding.UTF8.GetBytes(RandomJsonLines(random))),
            _ => (".html", Encoding.UTF8.GetBytes(RandomHtml(random))),
        };
        string path = Folder.Write(string.Create(CultureInfo.InvariantCulture, $"in{n}{extension}"), bytes);
        (int exitCode, string _, string _) = CliRunner.Run(["extract", path, "--format", "jsonl"]);
        File.Delete(path);
        return exitCode;
    }

    private static int RunOnStandardInput(Random random)
    {
        string text = random.Next(2) == 0 ? RandomJsonLines(random) : Encoding.Latin1.GetString(RandomBytes(random));
        (int exitCode, string _, string _) = CliRunner.Run(["extract", "-", "--format", random.Next(2) == 0 ? "csv" : "table"], stdin: text);
        return exitCode;
    }

    private static byte[] RandomBytes(Random random)
    {
        byte[] bytes = new byte[random.Next(0, 3000)];
        random.NextBytes(bytes);

        // Half of them without NUL, which the plain binary test would catch at once.
        if (random.Next(2) == 0)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = bytes[i] == 0 ? (byte)' ' : bytes[i];
            }
        }

        // Some start with a byte-order mark.
        byte[][] marks = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0, 0], [0, 0, 0xFE, 0xFF]];
        return random.Next(4) == 0 ? [.. marks[random.Next(marks.Length)], .. bytes] : bytes;
    }

    private static string RandomJsonLines(Random random)
    {
        StringBuilder lines = new();
        int count = random.Next(1, 8);
        for (int i = 0; i < count; i++)
        {
            string line = string.Create(
                CultureInfo.InvariantCulture,
                $"{{\"id\": \"a{i}\", \"text\": \"{RandomText(random)}\", \"date\": \"2016-10-0{random.Next(10)}\", \"title\": {random.Next(100)}}}");
            lines.Append(Mutate(line, random)).Append(random.Next(5) == 0 ? "\r\n" : "\n");
        }

        return lines.ToString();
    }

    private static string RandomText(Random random)
    {
        StringBuilder text = new();
        int count = random.Next(0, 30);
        for (int i = 0; i < count; i++)
        {
            text.Append(random.Next(3) == 0 ? ((char)random.Next(0x20, 0xFFFF)).ToString() : Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Breaks a valid line in one of several ways, or leaves it valid.</summary>
    private static string Mutate(string line, Random random) => random.Next(6) switch
    {
        0 => line,
        1 => line[..random.Next(line.Length)],
        2 => line.Insert(random.Next(line.Length), Pieces[random.Next(Pieces.Length)]),
        3 => line.Remove(random.Next(line.Length), 1),
        4 => "[" + line + "]",
        _ => line.Replace("\"text\"", random.Next(2) == 0 ? "\"txt\"" : "\"text\": null, \"x\"", StringComparison.Ordinal),
    };

    private static string RandomHtml(Random random)
    {
        StringBuilder html = new(random.Next(2) == 0 ? "<!DOCTYPE html><html><head><meta charset=\"windows-1252\"></head><body>" : "");
        int count = random.Next(0, 200);
        Stack<string> open = new();
        for (int i = 0; i < count; i++)
        {
            switch (random.Next(5))
            {
                case 0:
                    string tag = Tags[random.Next(Tags.Length)];
                    html.Append('<').Append(tag).Append(random.Next(3) == 0 ? " class=\"share nav\"" : "").Append(random.Next(4) == 0 ? " hidden" : "").Append('>');
                    open.Push(tag);
                    break;
                case 1 when open.Count > 0:
                    html.Append("</").Append(open.Pop()).Append('>');
                    break;
                case 2:
                    html.Append('<').Append((char)random.Next(0x20, 0x7F));
                    break;
                default:
                    html.Append(RandomText(random));
                    break;
            }
        }

        return html.ToString();
    }
}
