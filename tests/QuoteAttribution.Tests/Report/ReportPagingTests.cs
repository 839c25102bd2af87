using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using QuoteAttribution.Report;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Report;

/// <summary>
/// The quotes table of a report larger than one page, in headless Chromium: the script draws one page of
/// rows from the embedded data, the pager turns pages, filters and sorts work on all rows, and a
/// <c>#q-N</c> link turns to the page that holds row N. Behaviour only: the time to open 5,000
/// statements is measured in <see cref="ReportOpenTimeTests"/>.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class ReportPagingTests
{
    private const int Statements = 120;

    private static readonly GeneratedCorpus Corpus = GeneratedCorpus.Create(Statements);

    private string _directory = "";
    private string _page = "";
    private ChromeDriver? _driver;

    private ChromeDriver Driver => _driver ?? throw new InvalidOperationException("browser not started");

    [OneTimeSetUp]
    public void StartBrowser()
    {
        _directory = Directory.CreateTempSubdirectory("quotes-paging-").FullName;
        _page = Path.Combine(_directory, "report.html");
        File.WriteAllText(_page, HtmlReportWriter.Render(Corpus.Records, Corpus.Texts));
        _driver = ReportBrowserTests.StartChromium(_directory);
    }

    [OneTimeTearDown]
    public void StopBrowser()
    {
        _driver?.Quit();
        _driver?.Dispose();
        if (_directory.Length > 0)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    // A fresh load for every test (about:blank first, so a hash-only change still reloads the page).
    [SetUp]
    public void OpenReport() => Open("");

    [Test]
    public void Opened_FirstPageOfFiftyRowsDrawn()
    {
        Assert.That(RowIds(), Is.EqualTo(Enumerable.Range(1, 50).Select(n => $"q-{n}")));
        Assert.That(Status(), Is.EqualTo("Page 1 of 3 (rows 1\u201350)"));
        Assert.That(Button("first").Enabled, Is.False);
        Assert.That(Button("prev").Enabled, Is.False);
        Assert.That(Driver.FindElement(By.Id("f-count")).Text, Is.EqualTo("120 statements"));
    }

    [Test]
    public void NextThenLastPressed_LaterRowsDrawnAndLastPageShort()
    {
        Button("next").Click();
        string[] second = RowIds();
        Button("last").Click();

        Assert.That(second.First(), Is.EqualTo("q-51"));
        Assert.That(RowIds(), Is.EqualTo(Enumerable.Range(101, 20).Select(n => $"q-{n}")));
        Assert.That(Status(), Is.EqualTo("Page 3 of 3 (rows 101\u2013120)"));
        Assert.That(Button("next").Enabled, Is.False);
    }

    [Test]
    public void SpeakerChosenOnSecondPage_FirstPageOfTheirRows()
    {
        Button("next").Click();
        string speaker = GeneratedCorpus.SpeakerIdOf(0);
        int theirs = Enumerable.Range(0, Statements).Count(n => GeneratedCorpus.SpeakerIdOf(n) == speaker);

        Driver.FindElement(By.CssSelector($"#f-speaker option[value='{speaker}']")).Click();

        Assert.That(Rows().Select(r => r.GetAttribute("data-speaker")), Has.All.EqualTo(speaker));
        Assert.That(Rows(), Has.Count.EqualTo(Math.Min(50, theirs)));
        Assert.That(Status(), Does.StartWith("Page 1 of "));
        Assert.That(Driver.FindElement(By.Id("f-count")).Text, Is.EqualTo($"Showing {theirs} of 120 statements"));
    }

    [Test]
    public void ConfidenceSortedDescending_WholeTableSortedAcrossPages()
    {
        IWebElement button = Driver.FindElement(By.CssSelector("#quotes-table thead th:nth-child(7) button"));
        button.Click();
        button.Click();
        double top = Confidence(Rows()[0]);
        Button("last").Click();

        Assert.That(top, Is.EqualTo(Corpus.Records.Max(r => r.Confidence)).Within(0.005));
        Assert.That(Confidence(Rows()[^1]), Is.EqualTo(Corpus.Records.Min(r => r.Confidence)).Within(0.005));
    }

    [Test]
    public void RowsPerPageChanged_MoreRowsDrawn()
    {
        Driver.FindElement(By.CssSelector("#f-size option[value='100']")).Click();

        Assert.That(Rows(), Has.Count.EqualTo(100));
        Assert.That(Status(), Is.EqualTo("Page 1 of 2 (rows 1\u2013100)"));
    }

    [Test]
    public void OpenedAtRowOnThirdPage_ThatPageDrawnAndRowMarked()
    {
        Open("#q-107");

        Assert.That(Status(), Does.StartWith("Page 3 of 3"));
        IWebElement row = Driver.FindElement(By.Id("q-107"));
        Assert.That(row.GetAttribute("class"), Is.EqualTo("current"));
        Assert.That(Driver.SwitchTo().ActiveElement().GetAttribute("id"), Is.EqualTo("q-107"));
    }

    [Test]
    public void LinkToRowHiddenByFilter_FiltersClearedAndItsPageDrawn()
    {
        Driver.FindElement(By.CssSelector("#f-kind option[value='indirect']")).Click();
        Driver.FindElement(By.Id("f-text")).SendKeys("tunnel");

        int target = Corpus.Records.Select((r, i) => (r, i)).First(x => x.i >= 50 && !x.r.Text.Contains("tunnel", StringComparison.Ordinal)).i + 1;
        ((IJavaScriptExecutor)Driver).ExecuteScript($"window.location.hash = '#q-{target}';");

        Assert.That(Driver.FindElements(By.Id($"q-{target}")), Has.Count.EqualTo(1));
        Assert.That(Driver.FindElement(By.Id("f-text")).GetAttribute("value"), Is.Empty);
        Assert.That(Driver.FindElement(By.Id("f-count")).Text, Is.EqualTo("120 statements"));
    }

    [Test]
    public void ComparisonLinkToLaterRow_RowShown()
    {
        IWebElement link = Driver.FindElements(By.CssSelector("#comparison blockquote a[href^='#q-']"))
            .First(a => int.Parse(a.GetAttribute("href")!.Split("#q-")[1], System.Globalization.CultureInfo.InvariantCulture) > 50);
        string target = link.GetAttribute("href")!.Split('#')[1];

        ((IJavaScriptExecutor)Driver).ExecuteScript("arguments[0].click();", link);

        Assert.That(Driver.FindElement(By.Id(target)).GetAttribute("class"), Is.EqualTo("current"));
    }

    [Test]
    public void Opened_QuoteColumnShowsTheArticleTitleAndNumberWithTheWholeIdOnHover()
    {
        IWebElement label = Rows()[2].FindElement(By.CssSelector("td .qid"));

        Assert.That(label.FindElement(By.CssSelector(".atitle")).Text, Is.EqualTo("LAKEPORT - City hall met again on the harbor budget, week 0."));
        Assert.That(label.FindElement(By.CssSelector(".n")).Text, Is.EqualTo("#3"));
        Assert.That(label.GetAttribute("title"), Is.EqualTo(Corpus.Records[2].QuoteId));
        Assert.That(label.Size.Height, Is.LessThan(40), "one line");
    }

    private void Open(string hash)
    {
        Driver.Navigate().GoToUrl("about:blank");
        Driver.Navigate().GoToUrl(new Uri(_page).AbsoluteUri + hash);
    }

    private List<IWebElement> Rows() => [.. Driver.FindElements(By.CssSelector("#quotes-table tbody tr"))];

    private string[] RowIds() => [.. Rows().Select(r => r.GetAttribute("id") ?? "")];

    private string Status() => Driver.FindElement(By.CssSelector("nav.pager .p-status")).Text;

    private IWebElement Button(string go) => Driver.FindElement(By.CssSelector($"nav.pager button[data-go='{go}']"));

    private static double Confidence(IWebElement row) =>
        double.Parse(row.FindElement(By.CssSelector("td.num")).Text, System.Globalization.CultureInfo.InvariantCulture);
}
