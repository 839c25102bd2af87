using NUnit.Framework;
using QuoteAttribution.Output;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Reading;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Articles;

/// <summary>Each <c>fixtures/articles/*.txt</c> against its approved <c>.verified.json</c> records.</summary>
public sealed class ArticleSnapshotTests
{
    private static readonly AttributionPipeline Pipeline = new AttributionPipelineBuilder().UseDefaultSieves().Build();

    public static IEnumerable<TestCaseData> Articles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Fixtures, "articles"), "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName(Path.GetFileName(path)));

    [TestCaseSource(nameof(Articles))]
    public void Article_MatchesApprovedRecords(string path)
    {
        // Arrange
        string id = Path.GetFileNameWithoutExtension(path);
        Article article = new(id, File.ReadAllText(path));

        // Act
        AttributionResult result = Pipeline.Analyze(article);
        using StringWriter jsonLines = new();
        using (IRecordWriter writer = RecordWriters.Create(OutputFormat.JsonLines, jsonLines))
        {
            foreach (QuoteRecord record in result.Records)
            {
                writer.Write(record);
            }

            writer.Complete();
        }

        // Assert
        Snapshot.Verify(Snapshot.FromJsonLines(jsonLines.ToString()), Path.ChangeExtension(path, null) + ".verified.json");
    }
}
