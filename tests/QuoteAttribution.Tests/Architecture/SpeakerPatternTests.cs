using System.Text.RegularExpressions;
using NUnit.Framework;
using QuoteAttribution.Cues;
using QuoteAttribution.Cues.SpeakerPatterns;
using QuoteAttribution.Tests.Cues;

namespace QuoteAttribution.Tests.Architecture;

/// <summary>The speaker patterns as a registry: each has a spec example, a unique name, and the list can be reordered.</summary>
public sealed class SpeakerPatternTests
{
    private static IEnumerable<string> RegisteredNames() => VerbCue.Default.Patterns.Select(p => p.Name);

    [TestCaseSource(nameof(RegisteredNames))]
    public void RegisteredPattern_HasSpecExample(string name)
    {
        // Arrange
        IEnumerable<string> decided = CueSpecExample.All(CueSpecTests.Folder)
            .SelectMany(e => e.Expected.Split('\n'))
            .Select(line => Regex.Match(line, @"\[(?<name>[a-z-]+)\]$").Groups["name"].Value);

        // Assert
        Assert.That(decided, Does.Contain(name), $"no example in fixtures/specs/cues decides with '{name}'");
    }

    [Test]
    public void RegisteredPatterns_HaveUniqueKebabCaseNames()
    {
        string[] names = [.. RegisteredNames()];

        Assert.That(names, Is.Unique);
        Assert.That(names, Is.All.Matches<string>(n => Regex.IsMatch(n, "^[a-z]+(-[a-z]+)*$")));
    }

    [Test]
    public void EveryPatternType_IsRegistered()
    {
        // Arrange
        Type[] types = [.. typeof(ISpeakerPattern).Assembly.GetTypes().Where(t => typeof(ISpeakerPattern).IsAssignableFrom(t) && !t.IsInterface)];

        // Assert
        Assert.That(VerbCue.Default.Patterns.Select(p => p.GetType()), Is.EquivalentTo(types));
    }

    [Test]
    public void RemovedVeto_LetsLaterPatternRead()
    {
        // Arrange: without the negation veto, "would not say" is read as any subject and verb.
        VerbCueReader reader = SpeakerPatternList.CreateDefault().Remove<NegatedVeto>().Build();
        const string Sentence = "Ann Lee would not say which wardens had resigned.";

        // Act
        string before = CueSpecTests.Read(Sentence);
        string after = CueSpecTests.Read(Sentence, reader);

        // Assert
        Assert.That(before, Is.EqualTo("say => none [negated]"));
        Assert.That(after, Is.EqualTo("say => Ann Lee [subject-phrase]"));
    }

    [Test]
    public void InsertedPattern_ReadsBeforeItsSuccessor()
    {
        // Arrange
        VerbCueReader reader = SpeakerPatternList.CreateDefault().InsertBefore<AddedNumberVeto>(new EveryVerbVeto()).Build();

        // Act
        string read = CueSpecTests.Read("The harbour master said the channel was clear.", reader);

        // Assert
        Assert.That(read, Is.EqualTo("said => none [every-verb]"));
    }

    private sealed class EveryVerbVeto : ISpeakerPattern
    {
        public string Name => "every-verb";

        public PatternResult Read(VerbSite site) => PatternResult.Veto;
    }
}
