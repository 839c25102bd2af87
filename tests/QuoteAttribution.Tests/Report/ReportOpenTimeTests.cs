using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using QuoteAttribution.Report;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Report;

/// <summary>
/// The report of 5,000 statements opens in under 2 s in Chromium: from the start of navigation to the
/// end of the load event, by the browser's own Navigation Timing (the page's script has drawn the first
/// page of rows by then). A wall-clock bound, so it runs only under <c>QA_TIMING=1</c>
/// (<c>.ci/linearity</c>, which retries the Timing category once); the test itself takes the better of
/// two loads, so one burst of load on a shared machine does not fail it.
/// </summary>
[TestFixture]
[Category("Browser")]
[Category(WallClock.Category)]
[NonParallelizable]
public sealed class ReportOpenTimeTests
{
    private const int Statements = 5000;

    [Test]
    public void FiveThousandStatements_OpenUnderTwoSeconds()
    {
        if (!WallClock.Enforced)
        {
            Assert.Ignore("a wall-clock bound: run with QA_TIMING=1 (.ci/linearity does)");
        }

        GeneratedCorpus corpus = GeneratedCorpus.Create(Statements);
        AssertOpensUnderTwoSeconds(directory => WriteReport(directory, corpus), $"report of {Statements:N0} statements");
    }

    /// <summary>
    /// A report made by <c>quotes report</c> on real news, given by path:
    /// <c>QA_TIMING=1 QA_REPORT_HTML=/tmp/report.html dotnet test --filter Name=GivenReport_OpensUnderTwoSeconds</c>.
    /// </summary>
    [Test]
    public void GivenReport_OpensUnderTwoSeconds()
    {
        if (!WallClock.Enforced || Environment.GetEnvironmentVariable("QA_REPORT_HTML") is not { Length: > 0 } given)
        {
            Assert.Ignore("measures a given report: run with QA_TIMING=1 QA_REPORT_HTML=PATH");
            return;
        }

        AssertOpensUnderTwoSeconds(_ => Path.GetFullPath(given), $"report {Path.GetFileName(given)}");
    }

    private static string WriteReport(string directory, GeneratedCorpus corpus)
    {
        string page = Path.Combine(directory, "report.html");
        File.WriteAllText(page, HtmlReportWriter.Render(corpus.Records, corpus.Texts));
        return page;
    }

    private static void AssertOpensUnderTwoSeconds(Func<string, string> report, string what)
    {
        // Arrange
        DirectoryInfo directory = Directory.CreateTempSubdirectory("quotes-open-time-");
        try
        {
            string page = report(directory.FullName);
            using ChromeDriver driver = ReportBrowserTests.StartChromium(directory.FullName);

            // Act
            double best = double.MaxValue;
            for (int load = 0; load < 2; load++)
            {
                driver.Navigate().GoToUrl("about:blank");
                driver.Navigate().GoToUrl(new Uri(page).AbsoluteUri);
                best = Math.Min(best, LoadMilliseconds(driver));
            }

            int rows = driver.FindElements(By.CssSelector("#quotes-table tbody tr")).Count;
            driver.Quit();

            // Assert
            Assert.That(rows, Is.GreaterThan(0));
            WallClock.AssertUnder(TimeSpan.FromMilliseconds(best), TimeSpan.FromSeconds(2),
                $"{what} ({new FileInfo(page).Length / 1024:N0} KB) opened in Chromium");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // loadEventEnd is 0 until the load event has finished: wait for it rather than read it too early.
    // The phases are printed, so a slow page says whether parsing, the script or layout took the time.
    private static double LoadMilliseconds(ChromeDriver driver)
    {
        for (int tries = 0; tries < 400; tries++)
        {
            if (driver.ExecuteScript(
                "var n = performance.getEntriesByType('navigation')[0];"
                + "return n && n.loadEventEnd > 0 ? [n.responseEnd, n.domInteractive, n.domComplete, n.loadEventEnd] : null;")
                is IReadOnlyCollection<object> phases)
            {
                double[] ms = [.. phases.Select(p => Convert.ToDouble(p, System.Globalization.CultureInfo.InvariantCulture))];
                TestContext.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"read {ms[0]:F0} ms, parsed and script run {ms[1]:F0} ms, complete {ms[2]:F0} ms, loaded {ms[3]:F0} ms"));
                return ms[3];
            }

            Thread.Sleep(50);
        }

        throw new InvalidOperationException("the page never finished loading");
    }
}
