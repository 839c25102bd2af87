using System.Globalization;
using NUnit.Framework;
using QuoteAttribution.Dates;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Dates;

/// <summary>Runs every row of <c>fixtures/specs/dates/*.md</c>: dateline, sentence with the cue in brackets, date.</summary>
public sealed class DateSpecTests
{
    public static IEnumerable<TestCaseData> Rows()
    {
        string folder = Path.Combine(RepositoryRoot.Fixtures, "specs", "dates");
        foreach (string path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            int line = 0;
            foreach (string row in File.ReadLines(path))
            {
                line++;
                string[] cells = row.Split('|', StringSplitOptions.TrimEntries);
                if (cells.Length == 5 && DateOnly.TryParseExact(cells[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly dateline))
                {
                    yield return new TestCaseData(dateline, cells[2], cells[3]).SetName($"{Path.GetFileName(path)}:{line} {cells[2]}");
                }
            }
        }
    }

    [Test]
    public void SpecFiles_HoldAtLeastSixtyCases()
    {
        Assert.That(Rows().Count(), Is.GreaterThanOrEqualTo(60));
    }

    [TestCaseSource(nameof(Rows))]
    public void Sentence_ResolvesToTheSpecifiedDate(DateOnly dateline, string marked, string expected)
    {
        int cue = marked.IndexOf('[', StringComparison.Ordinal);
        Assert.That(cue, Is.GreaterThanOrEqualTo(0), "the sentence marks its cue with [brackets]");
        string sentence = marked.Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);

        DateOnly? date = RelativeDateResolver.Resolve(dateline, sentence, cue);

        string actual = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
        Assert.That(actual, Is.EqualTo(expected));
    }
}
