using System.Collections.Immutable;
using NUnit.Framework;
using QuoteAttribution.Cues;
using QuoteAttribution.Diagnostics;
using QuoteAttribution.Normalization;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Tests.Support;
using QuoteAttribution.Text;

namespace QuoteAttribution.Tests.Cues;

/// <summary>
/// Runs every example of <c>fixtures/specs/cues/*.md</c> on its single sentence: quotes are marked, then the cue
/// detector reads the sentence (as a body sentence, not a headline) and each speech verb's reading is printed
/// with the speaker pattern that decided it. No statements, sieves or coreference take part.
/// </summary>
public sealed class CueSpecTests
{
    public static string Folder => Path.Combine(RepositoryRoot.Fixtures, "specs", "cues");

    public static IEnumerable<TestCaseData> Examples() =>
        CueSpecExample.All(Folder).Select(e => new TestCaseData(e).SetName($"{e.File}:{e.Number} {e.Heading}").SetCategory("cues"));

    [TestCaseSource(nameof(Examples))]
    public void Example_ReadsExpectedSpeakers(CueSpecExample example)
    {
        // Act
        string actual = Read(example.Input);

        // Assert
        Assert.That(actual, Is.EqualTo(example.Expected), $"{example}, read as:\n{actual}");
    }

    /// <summary>The speech verbs of <paramref name="sentence"/>, one line each, in the spec format.</summary>
    internal static string Read(string sentence, VerbCueReader? reader = null)
    {
        ImmutableArray<Paragraph> paragraphs = ParagraphSplitter.Split(new NormalizedText(sentence, sentence, []));
        ImmutableArray<Quote> quotes = QuoteDetector.Detect(sentence, paragraphs, new List<Diagnostic>());
        SentenceView view = new(sentence, [.. quotes.Select(q => q.Span)]);
        view.Load(new Sentence(1, 0, new TextSpan(0, sentence.Length)));
        List<VerbDecision> decisions = [];
        CueDetector.Detect(view, includeBeliefs: false, decisions, reader);
        return string.Join('\n', decisions.Select(d => Line(sentence, d)));
    }

    private static string Line(string text, VerbDecision decision)
    {
        string speaker = decision.Cue switch
        {
            null => "none",
            { Speaker: TextSpan who } => who.Of(text).ToString(),
            _ => "-",
        };
        string listener = decision.Cue?.Addressee is TextSpan to ? " to " + to.Of(text).ToString() : "";
        return $"{decision.Trigger.Of(text)} => {speaker}{listener} [{decision.Pattern}]";
    }
}
