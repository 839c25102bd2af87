using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NUnit.Framework;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Properties of <see cref="AttributionPipeline.Analyze"/> over generated news-like text: it never throws, every
/// offset lies in the article and points at the text it claims, ids count 1..n, and output is deterministic.
/// </summary>
public sealed class PipelinePropertyTests
{
    private const int Cases = 300;

    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    [Test]
    public void GeneratedText_OftenHasRecords()
    {
        // Arrange
        GeneratedText[] sample = NewsTextGen.Articles.Generator.Sample(50, Cases);

        // Act
        int withRecords = sample.Count(text => !Analyze(text.Text).Records.IsEmpty);
        int records = sample.Sum(text => Analyze(text.Text).Records.Length);

        // Assert: the properties below are not vacuous
        TestContext.Out.WriteLine($"{withRecords} of {sample.Length} generated articles have records, {records} records in all");
        Assert.That(withRecords, Is.GreaterThan(sample.Length / 3));
    }

    [Test]
    public void AnyText_AnalyzeNeverThrows()
    {
        Check(text => Analyze(text));
    }

    [Test]
    public void AnyText_RecordOffsetsLieInsideTheArticle()
    {
        Check(text =>
        {
            foreach (QuoteRecord record in Analyze(text).Records)
            {
                Require(record.Start >= 0 && record.Start <= record.End && record.End <= text.Length, $"{record.QuoteId} span {record.Start}..{record.End}");
                Require(record.SpeakerStart.HasValue == record.SpeakerEnd.HasValue, $"{record.QuoteId} speaker span half null");
                if (record.SpeakerStart is int start && record.SpeakerEnd is int end)
                {
                    Require(start >= 0 && start <= end && end <= text.Length, $"{record.QuoteId} speaker span {start}..{end}");
                }
            }
        });
    }

    [Test]
    public void AnyText_RecordTextAndMentionAreTheArticleAtTheirOffsets()
    {
        Check(text =>
        {
            foreach (QuoteRecord record in Analyze(text).Records)
            {
                Require(record.Text == text[record.Start..record.End], $"{record.QuoteId} text differs from the article at {record.Start}..{record.End}");
                if (record.SpeakerStart is int start && record.SpeakerEnd is int end)
                {
                    Require(record.SpeakerMention == text[start..end], $"{record.QuoteId} speaker mention differs from the article at {start}..{end}");
                }
            }
        });
    }

    [Test]
    public void AnyText_QuoteIdsCountFromOneInOrder()
    {
        Check(text =>
        {
            AttributionResult result = Analyze(text);
            for (int i = 0; i < result.Records.Length; i++)
            {
                string expected = string.Create(CultureInfo.InvariantCulture, $"gen#{i + 1}");
                Require(result.Records[i].QuoteId == expected, $"record {i} has id {result.Records[i].QuoteId}");
            }
        });
    }

    [Test]
    public void AnyText_RerunGivesIdenticalOutput()
    {
        Check(text => Require(SameOutput(Analyze(text), Analyze(text)), "second run differs"));
    }

    [Test]
    public void AnyText_TurkishCultureGivesIdenticalOutput()
    {
        Check(text =>
        {
            AttributionResult invariant = Analyze(text);
            CultureInfo saved = CultureInfo.CurrentCulture;
            CultureInfo savedUi = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("tr-TR");
                Require(SameOutput(invariant, Analyze(text)), "output under tr-TR differs");
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
                CultureInfo.CurrentUICulture = savedUi;
            }
        });
    }

    private static AttributionResult Analyze(string text) => Pipeline.Analyze(new Article("gen", text));

    private static bool SameOutput(AttributionResult a, AttributionResult b) =>
        a.Records.SequenceEqual(b.Records) && a.Diagnostics.SequenceEqual(b.Diagnostics);

    private static void Require(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }

    private static void Check(Action<string> property)
    {
        Config config = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);
        Prop.ForAll(NewsTextGen.Articles, (GeneratedText generated) => property(generated.Text)).Check(config);
    }
}
