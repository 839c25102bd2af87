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

        // Arrange
        GeneratedCorpus corpus = GeneratedCorpus.Create(Statements);
        DirectoryInfo directory = Directory.CreateTempSubdirectory("quotes-open-time-");
        try
        {
            string page = Path.Combine(directory.FullName, "report.html");
            File.WriteAllText(page, HtmlReportWriter.Render(corpus.Records, corpus.Texts));
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
            Assert.That(rows, Is.EqualTo(50));
            WallClock.AssertUnder(TimeSpan.FromMilliseconds(best), TimeSpan.FromSeconds(2),
                $"report of {Statements:N0} statements ({new FileInfo(page).Length / 1024:N0} KB) opened in Chromium");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // loadEventEnd is 0 until the load event has finished: wait for it rather than read it too early.
    private static double LoadMilliseconds(ChromeDriver driver)
    {
        for (int tries = 0; tries < 200; tries++)
        {
            object? end = driver.ExecuteScript("var n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;");
            double ms = Convert.ToDouble(end, System.Globalization.CultureInfo.InvariantCulture);
            if (ms > 0)
            {
                return ms;
            }

            Thread.Sleep(50);
        }

        throw new InvalidOperationException("the page never finished loading");
    }
}
