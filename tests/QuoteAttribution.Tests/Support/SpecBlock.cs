namespace QuoteAttribution.Tests.Support;

/// <summary>
/// One fenced block of a spec file: the heading above it, the lines before a line holding a single '.', and
/// the lines after it. The record spec (<c>```example</c>) and the cue spec (<c>```cue</c>) share this layout
/// and differ only in how they join the input lines.
/// </summary>
public sealed record SpecBlock(int Number, string Heading, IReadOnlyList<string> Input, string Expected)
{
    /// <summary>Every block opened by <paramref name="fence"/> in <paramref name="markdown"/>, numbered from 1.</summary>
    public static IEnumerable<SpecBlock> Read(string markdown, string fence)
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

            if (lines[i].Trim() != fence)
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
            yield return new SpecBlock(number, heading, input, string.Join('\n', expected).Trim());
        }
    }
}
