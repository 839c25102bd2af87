using NUnit.Framework;
using OpenQA.Selenium.Chrome;
using QuoteAttribution.Report;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Report;

/// <summary>
/// Takes the README screenshot of the report. Always checks that a PNG comes out; writes it into the
/// repository only when asked, so an ordinary test run leaves the worktree clean:
/// <c>QA_SCREENSHOT=docs/report.png dotnet test --filter Name=Report_ScreenshotTaken</c>, optionally with
/// <c>QA_REPORT_HTML=/path/report.html</c> (made by <c>quotes report</c>) instead of the hand-made records.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class ReportScreenshotTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Test]
    public void Report_ScreenshotTaken()
    {
        // Arrange
        DirectoryInfo directory = Directory.CreateTempSubdirectory("quotes-screenshot-");
        try
        {
            string page = Environment.GetEnvironmentVariable("QA_REPORT_HTML") is { Length: > 0 } given
                ? Path.GetFullPath(given)
                : WriteSampleReport(directory.FullName);
            using ChromeDriver driver = ReportBrowserTests.StartChromium(directory.FullName);

            // Act
            driver.Navigate().GoToUrl(new Uri(page).AbsoluteUri);
            byte[] png = driver.GetScreenshot().AsByteArray;
            driver.Quit();

            // Assert
            Assert.That(png.Take(PngSignature.Length), Is.EqualTo(PngSignature));
            if (Environment.GetEnvironmentVariable("QA_SCREENSHOT") is { Length: > 0 } target)
            {
                string path = Path.IsPathRooted(target) ? target : Path.Combine(RepositoryRoot(), target);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, png);
                TestContext.Out.WriteLine($"screenshot written to {path}");
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string WriteSampleReport(string directory)
    {
        string path = Path.Combine(directory, "report.html");
        File.WriteAllText(path, HtmlReportWriter.Render(
            SampleCorpus.Records, SampleCorpus.Texts, new ReportOptions { Title = "Syria, October 2015: who said what" }));
        return path;
    }

    // The directory holding QuoteAttribution.slnx, found by walking up rather than counting "..".
    private static string RepositoryRoot()
    {
        for (DirectoryInfo? d = new(TestContext.CurrentContext.TestDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "QuoteAttribution.slnx")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("QuoteAttribution.slnx not found above the test directory");
    }
}
