using System.Text.RegularExpressions;

namespace QuoteAttribution.Tests.Support;

/// <summary>One example block of a spec file: input text, then a line with a single '.', then the expected records.</summary>
public sealed record SpecExample(string File, int Number, string Heading, string Input, string Expected)
{
    private const string Fence = "```example";

    public override string ToString() => $"{File}:{Number} {Heading}";

    /// <summary>Every example of every <c>fixtures/specs/**/*.md</c>, in file order.</summary>
    public static IEnumerable<SpecExample> All(string specsRoot)
    {
        foreach (string path in System.IO.Directory.EnumerateFiles(specsRoot, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(specsRoot, path).Replace('\\', '/');
            foreach (SpecExample example in Parse(relative, System.IO.File.ReadAllText(path)))
            {
                yield return example;
            }
        }
    }

    public static IEnumerable<SpecExample> Parse(string file, string markdown)
    {
        string heading = "";
        int number = 0;
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#').Trim();
                continue;
            }

            if (lines[i].Trim() != Fence)
            {
                continue;
            }

            List<string> input = [];
            List<string> expected = [];
            List<string> target = input;
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                if (lines[i] == "." && ReferenceEquals(target, input))
                {
                    target = expected;
                    continue;
                }

                target.Add(lines[i]);
            }

            number++;
            yield return new SpecExample(file, number, heading, Unescape(string.Join('\n', input)), string.Join('\n', expected).Trim());
        }
    }

    // Spec inputs may write \n inside a line for a paragraph break; keeps examples compact.
    private static string Unescape(string input) => Regex.Replace(input, @"\\n", "\n");
}
