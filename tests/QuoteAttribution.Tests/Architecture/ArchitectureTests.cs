using System.Text.RegularExpressions;
using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;
using QuoteAttribution.Sieves;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Architecture;

/// <summary>The shape rules the compiler does not check: stage order, sieve ids, partial types.</summary>
public sealed partial class ArchitectureTests
{
    /// <summary>
    /// Stage folders by rank: a file may use its own stage and lower ones, never a higher one. Segmentation
    /// and Quotes share a rank (sentences are split around quotes, quotes found in paragraphs); Entities'
    /// word lists sit below Cues, which read them. Everything that consumes records sits above Pipeline.
    /// </summary>
    private static readonly Dictionary<string, int> StageRanks = new(StringComparer.Ordinal)
    {
        ["Text"] = 0,
        ["Lexicons"] = 0,
        ["Reading"] = 0,
        ["Diagnostics"] = 1,
        ["Normalization"] = 1,
        ["Dates"] = 1,
        ["Segmentation"] = 2,
        ["Quotes"] = 2,
        ["Entities"] = 3,
        ["Cues"] = 4,
        ["Statements"] = 5,
        ["Sieves"] = 6,
        ["Coreference"] = 7,
        ["Pipeline"] = 8,
        ["Output"] = 9,
        ["Corpus"] = 9,
        ["Evaluation"] = 9,
        ["Speakers"] = 9,
        ["Compare"] = 10,
        ["Archive"] = 10,
        ["Report"] = 11,
    };

    private static string Library => Path.Combine(RepositoryRoot.Path, "src", "QuoteAttribution");

    private static IEnumerable<string> SourceFiles() =>
        Directory.GetFiles(Library, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [Test]
    public void EveryStageFolder_HasARank()
    {
        string[] stages = [.. Directory.GetDirectories(Library).Select(Path.GetFileName).OfType<string>().Where(d => d is not ("obj" or "bin"))];

        Assert.That(stages, Is.SubsetOf(StageRanks.Keys));
    }

    [Test]
    public void StageNamespaces_UseOnlyTheirOwnAndEarlierStages()
    {
        List<string> backwards = [];
        foreach (string file in SourceFiles())
        {
            // The stage is the top folder under the library (Cues/SpeakerPatterns/x.cs belongs to Cues).
            string stage = Path.GetRelativePath(Library, file).Split(Path.DirectorySeparatorChar)[0];
            string code = File.ReadAllText(file);
            IEnumerable<string> used = UsingRegex().Matches(code).Select(m => m.Groups["stage"].Value)
                .Concat(QualifiedRegex().Matches(code).Select(m => m.Groups["stage"].Value).Where(StageRanks.ContainsKey));
            backwards.AddRange(used.Distinct().Where(u => StageRanks.TryGetValue(u, out int rank) && rank > StageRanks[stage])
                .Select(u => $"{stage}/{Path.GetFileName(file)} uses {u}"));
        }

        Assert.That(backwards, Is.Empty);
    }

    [Test]
    public void PartialTypes_OnlyGeneratedRegexHoldersAndKnownDebt()
    {
        Dictionary<string, bool> partials = new(StringComparer.Ordinal);
        foreach (string file in SourceFiles())
        {
            string code = File.ReadAllText(file);
            foreach (Match match in PartialRegex().Matches(code))
            {
                string name = match.Groups["name"].Value;
                partials[name] = partials.GetValueOrDefault(name) || code.Contains("GeneratedRegex(", StringComparison.Ordinal);
            }
        }

        Assert.That(partials.Where(p => !p.Value).Select(p => p.Key), Is.Empty);
    }

    [Test]
    public void EveryRuleInSeedRecords_IsARegisteredSieve()
    {
        // Arrange
        AttributionPipeline pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();
        HashSet<string> registered = [.. pipeline.Sieves.Select(s => s.Name)];
        IEnumerable<Article> seeds = Directory.GetFiles(Path.Combine(RepositoryRoot.Fixtures, "articles"), "*.txt")
            .Select(f => new Article(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));

        // Act
        string[] rules = [.. seeds.SelectMany(a => pipeline.Analyze(a).Records).Select(r => r.Rule).Where(r => r.Length > 0).Distinct()];

        // Assert
        Assert.That(rules, Is.Not.Empty);
        Assert.That(rules, Is.SubsetOf(registered));
    }

    [Test]
    public void EveryRuleInSieveSpecs_IsARegisteredSieveAndEverySieveHasAnExample()
    {
        // Arrange: spec expectations end in "[rule]"; specs/cues/ names speaker patterns instead (SpeakerPatternTests checks those).
        string cueSpecs = Path.Combine(RepositoryRoot.Fixtures, "specs", "cues") + Path.DirectorySeparatorChar;
        string[] specs = [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Fixtures, "specs"), "*.md", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(cueSpecs, StringComparison.Ordinal)).Select(File.ReadAllText)];
        HashSet<string> inSpecs = [.. specs.SelectMany(s => SpecRuleRegex().Matches(s)).Select(m => m.Groups["rule"].Value)];
        string[] registered = [.. AttributionPipelineBuilder.DefaultSieves.Select(s => s.Name)];

        // Assert
        Assert.That(inSpecs, Is.SubsetOf(registered));
        Assert.That(registered, Is.SubsetOf(inSpecs));
    }

    [Test]
    public void SieveDecidingUnderAnotherName_IsRefused()
    {
        AttributionPipeline pipeline = new AttributionPipelineBuilder().OnlySieves([]).InsertBefore<TrailingCueSieve>(new ImpostorSieve()).Build();

        Assert.That(() => pipeline.Analyze(new Article("a", "“We will not back down,” said Mayor Jane Smith.")), Throws.InvalidOperationException);
    }

    [GeneratedRegex(@"^using QuoteAttribution\.(?<stage>[A-Za-z]+)[.;]", RegexOptions.Multiline | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex UsingRegex();

    // "Entities.EntityLexicons.Roles", "QuoteAttribution.Pipeline.X": a stage named in code without a using.
    [GeneratedRegex(@"(?<![\w.""])(QuoteAttribution\.)?(?<stage>[A-Z][a-z]+)\.[A-Z][a-z]+[A-Za-z]*\.", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedRegex();

    [GeneratedRegex(@"\bpartial\s+(class|record|struct|interface)\s+(?<name>\w+)", RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex PartialRegex();

    [GeneratedRegex(@"=> [^\n]*\[(?<rule>[a-z-]+)\]\s*$", RegexOptions.Multiline | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex SpecRuleRegex();

    /// <summary>Claims every statement for a sieve id that is not its own.</summary>
    private sealed class ImpostorSieve : IAttributionSieve
    {
        public string Name => "impostor";

        public string Evidence => "anything";

        public Attribution? TryAttribute(int index, SieveContext context) => new(index, null, "trailing-cue", 1);
    }
}
