using NUnit.Framework;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using QuoteAttribution.Report;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Report;

/// <summary>
/// Opens the report in Debian's headless Chromium and uses it as a reader would. The browser and the
/// driver are always given by path, so Selenium Manager never downloads anything; without them the
/// tests are ignored with the command that installs them (<c>.ci/install-browser</c> does it in CI).
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class ReportBrowserTests
{
    internal const string ChromiumPath = "/usr/bin/chromium";
    internal const string DriverDirectory = "/usr/bin";
    internal const string DriverName = "chromedriver";

    private string _directory = "";
    private ChromeDriver? _driver;

    private ChromeDriver Driver => _driver ?? throw new InvalidOperationException("browser not started");

    [OneTimeSetUp]
    public void StartBrowser()
    {
        _directory = Directory.CreateTempSubdirectory("quotes-report-").FullName;
        _driver = StartChromium(_directory);
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

    [SetUp]
    public void OpenReport()
    {
        string path = Path.Combine(_directory, "report.html");
        File.WriteAllText(path, HtmlReportWriter.Render(SampleCorpus.Records, SampleCorpus.Texts));
        Driver.Navigate().GoToUrl(new Uri(path).AbsoluteUri);
    }

    [Test]
    public void Opened_QuotesTableShowsEveryRecord()
    {
        Assert.That(VisibleQuoteRows(), Has.Count.EqualTo(SampleCorpus.Records.Count));
        Assert.That(Driver.FindElement(By.Id("f-count")).Text, Is.EqualTo("11 statements"));
    }

    [Test]
    public void SpeakerChosenInFilter_OnlyThatSpeakersRowsLeft()
    {
        // Act
        Driver.FindElement(By.CssSelector("#f-speaker option[value='sergei-lavrov']")).Click();

        // Assert
        IReadOnlyList<IWebElement> rows = VisibleQuoteRows();
        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows.Select(r => r.GetAttribute("data-speaker")), Has.All.EqualTo("sergei-lavrov"));
        Assert.That(Driver.FindElement(By.Id("f-count")).Text, Is.EqualTo("Showing 3 of 11 statements"));
    }

    [Test]
    public void KindAndTextFilters_Combine()
    {
        Driver.FindElement(By.CssSelector("#f-kind option[value='direct']")).Click();
        Driver.FindElement(By.Id("f-text")).SendKeys("turkey");

        Assert.That(VisibleQuoteRows().Select(r => r.FindElement(By.CssSelector(".qid")).Text),
            Is.EqualTo(new[] { "brussels-2015-10-15#2", "washington-2015-10-16#2" }));
    }

    [Test]
    public void DateHeaderButtonPressedWithEnter_SortsAscendingThenDescending()
    {
        IWebElement header = Driver.FindElement(By.CssSelector("#quotes-table thead th:nth-child(2)"));
        IWebElement button = header.FindElement(By.TagName("button"));

        button.SendKeys(Keys.Enter);
        string ascending = header.GetAttribute("aria-sort") ?? "";
        string firstAscending = VisibleQuoteRows()[0].FindElement(By.CssSelector("td:nth-child(2)")).Text;
        button.SendKeys(Keys.Enter);

        Assert.That(ascending, Is.EqualTo("ascending"));
        Assert.That(firstAscending, Is.EqualTo("2015-10-14"));
        Assert.That(header.GetAttribute("aria-sort"), Is.EqualTo("descending"));
        Assert.That(VisibleQuoteRows()[0].FindElement(By.CssSelector("td:nth-child(2)")).Text, Is.EqualTo("2015-10-16"));
    }

    [Test]
    public void SpeakerNameChosenInSpeakersTable_QuotesTableShowsTheirStatements()
    {
        Driver.FindElement(By.CssSelector("#speakers-table a.who[data-speaker='ash-carter']")).Click();

        Assert.That(VisibleQuoteRows().Select(r => r.GetAttribute("data-speaker")), Is.EqualTo(new[] { "ash-carter", "ash-carter", "ash-carter" }));
        Assert.That(Driver.FindElement(By.Id("f-speaker")).GetAttribute("value"), Is.EqualTo("ash-carter"));
        Assert.That(Driver.FindElement(By.Id("f-count")).Text, Is.EqualTo("Showing 3 of 11 statements"));
    }

    [Test]
    public void SpeakersTable_DrawnFromDataAndSortedByStatements()
    {
        IWebElement button = Driver.FindElement(By.CssSelector("#speakers-table thead th:nth-child(6) button"));
        string[] drawn = SpeakerNames();

        button.Click();

        Assert.That(drawn, Is.EqualTo(new[] { "Ash Carter", "Sergei Lavrov", "Jens Stoltenberg", "Russian defense ministry", "a military source" }));
        Assert.That(SpeakerNames()[^2..], Is.EqualTo(new[] { "Ash Carter", "Sergei Lavrov" }));
        Assert.That(Driver.FindElement(By.CssSelector("#speakers-table code.sid")).Text, Is.Not.Empty);
    }

    [Test]
    public void Opened_FirstTopicsDrawnSideBySideWithLinksToTheirRows()
    {
        IWebElement topic = Driver.FindElement(By.CssSelector("#comparison details.topic[data-topic='1']"));
        IWebElement[] links = [.. topic.FindElements(By.CssSelector("blockquote.stmt footer a"))];

        Assert.That(topic.FindElements(By.CssSelector("thead th")).Select(th => th.Text), Is.EqualTo(new[] { "Date", "Ash Carter", "Sergei Lavrov" }));
        Assert.That(links.Select(a => a.GetAttribute("href")!.Split('#')[1]), Is.EqualTo(new[] { "q-1", "q-7" }));
        Assert.That(topic.FindElements(By.CssSelector("blockquote mark")).Select(m => m.Text), Has.Some.Contains("intelligence on Raqqa"));
    }

    [Test]
    public void ScriptTagInComparedStatement_ShownAsText()
    {
        IWebElement syria = Driver.FindElement(By.CssSelector("#comparison details.topic[data-topic='2']"));

        Assert.That(syria.Text, Does.Contain("<script>alert(1)</script>"));
        Assert.That(syria.FindElements(By.TagName("script")), Is.Empty);
    }

    [Test]
    public void ClosedTopicOpened_DrawnThenAndOnlyOnce()
    {
        IWebElement topic = Driver.FindElement(By.CssSelector("#comparison details.topic[data-topic='3']"));
        IWebElement summary = topic.FindElement(By.TagName("summary"));
        int drawnAtLoad = topic.FindElements(By.TagName("table")).Count;

        summary.Click();
        int drawnWhenOpened = WaitFor(() => topic.FindElements(By.CssSelector("table blockquote.stmt")).Count, n => n > 0);
        summary.Click();
        summary.Click();
        WaitFor(() => ((IJavaScriptExecutor)Driver).ExecuteScript("return new Promise(r => setTimeout(() => r(1), 50));"), _ => true);

        Assert.That(drawnAtLoad, Is.Zero);
        Assert.That(drawnWhenOpened, Is.EqualTo(1));
        Assert.That(topic.GetAttribute("open"), Is.Not.Null);
        Assert.That(topic.FindElements(By.TagName("table")), Has.Count.EqualTo(1));
    }

    [Test]
    public void ProfileLinkChosen_QuotesTableShowsThatOfficialsStatements()
    {
        Driver.FindElement(By.CssSelector("#profiles a.who[data-speaker='sergei-lavrov']")).Click();

        Assert.That(VisibleQuoteRows().Select(r => r.GetAttribute("data-speaker")), Is.EqualTo(new[] { "sergei-lavrov", "sergei-lavrov", "sergei-lavrov" }));
        Assert.That(Driver.FindElement(By.Id("f-count")).Text, Is.EqualTo("Showing 3 of 11 statements"));
    }

    [Test]
    public void Profile_MonthChartColumnAsHighAsItsShare()
    {
        IWebElement bar = Driver.FindElement(By.CssSelector("#profiles article.profile ol.chart li .bar"));
        IWebElement chart = Driver.FindElement(By.CssSelector("#profiles article.profile ol.chart"));

        Assert.That(bar.Size.Height, Is.EqualTo(chart.Size.Height).Within(2));
        Assert.That(bar.Size.Width, Is.GreaterThan(0));
    }

    [Test]
    public void Opened_NoRequestLeavesThePage()
    {
        object? resources = ((IJavaScriptExecutor)Driver).ExecuteScript("return performance.getEntriesByType('resource').length;");

        Assert.That(resources, Is.EqualTo(0L));
    }

    internal static ChromeDriver StartChromium(string profileParent)
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(Path.Combine(DriverDirectory, DriverName)))
        {
            Assert.Ignore("install Debian packages chromium and chromium-driver: apt-get install -y chromium chromium-driver");
        }

        // Belt and braces: with the driver path given Selenium Manager is not consulted, and offline it could not download.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        ChromeDriverService service = ChromeDriverService.CreateDefaultService(DriverDirectory, DriverName);
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        ChromeOptions options = new() { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--window-size=1280,1600", "--force-device-scale-factor=1",
            "--user-data-dir=" + Directory.CreateDirectory(Path.Combine(profileParent, "profile")).FullName);
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    // The toggle event of <details> comes in a task of its own after the click: wait for what it draws.
    private static T WaitFor<T>(Func<T> read, Func<T, bool> done)
    {
        T value = read();
        for (int tries = 0; tries < 100 && !done(value); tries++)
        {
            Thread.Sleep(20);
            value = read();
        }

        return value;
    }

    private string[] SpeakerNames() =>
        [.. Driver.FindElements(By.CssSelector("#speakers-table tbody th a.who")).Select(a => a.Text)];

    private List<IWebElement> VisibleQuoteRows() =>
        [.. Driver.FindElements(By.CssSelector("#quotes-table tbody tr")).Where(r => r.Displayed)];
}
