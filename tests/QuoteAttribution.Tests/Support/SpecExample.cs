using System.Globalization;
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

    public static IEnumerable<SpecExample> Parse(string file, string markdown) =>
        SpecBlock.Read(markdown, Fence).Select(b => new SpecExample(file, b.Number, b.Heading, Unescape(string.Join('\n', b.Input)), b.Expected));

    // Spec inputs may write \n inside a line for a paragraph break, keeping examples compact, and \uXXXX for a
    // character no one can see (a direction mark).
    private static string Unescape(string input) =>
        Regex.Replace(Regex.Replace(input, @"\\n", "\n"), @"\\u(?<hex>[0-9A-F]{4})", m => ((char)int.Parse(m.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
}
