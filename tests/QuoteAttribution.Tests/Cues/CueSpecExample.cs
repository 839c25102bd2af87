namespace QuoteAttribution.Tests.Cues;

/// <summary>
/// One <c>```cue</c> block of <c>fixtures/specs/cues/*.md</c>: a single sentence, a line with a single '.', then one
/// line per speech verb, <c>verb =&gt; speaker [pattern]</c> (the speaker <c>none</c> for a veto, <c>-</c> for a cue
/// whose speaker is an earlier cue's, and <c>to listener</c> after the speaker when the verb has one).
/// </summary>
public sealed record CueSpecExample(string File, int Number, string Heading, string Input, string Expected)
{
    private const string Fence = "```cue";

    public override string ToString() => $"{File}:{Number} {Heading}";

    /// <summary>Every example of every <c>*.md</c> under <paramref name="folder"/>, in file order.</summary>
    public static IEnumerable<CueSpecExample> All(string folder)
    {
        foreach (string path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            string file = "cues/" + Path.GetFileName(path);
            string heading = "";
            int number = 0;
            string[] lines = System.IO.File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
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
                yield return new CueSpecExample(file, number, heading, string.Join(' ', input).Trim(), string.Join('\n', expected).Trim());
            }
        }
    }
}
