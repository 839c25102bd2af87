using QuoteAttribution.Tests.Support;

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
    public static IEnumerable<CueSpecExample> All(string folder) =>
        from path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)
        let file = "cues/" + Path.GetFileName(path)
        from block in SpecBlock.Read(System.IO.File.ReadAllText(path), Fence)
        select new CueSpecExample(file, block.Number, block.Heading, string.Join(' ', block.Input).Trim(), block.Expected);
}
