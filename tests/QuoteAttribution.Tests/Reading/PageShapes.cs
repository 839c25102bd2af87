using System.Net;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Reading;

/// <summary>
/// Pages as sites build them, each with the story it holds: the invented shapes of fixtures/pages
/// (NAME.html beside NAME.story.txt) and the seed articles wrapped in invented teasers, card lists,
/// trending blocks and reader comments.
/// </summary>
internal static class PageShapes
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Fixtures, "pages");

    public static IEnumerable<(string Name, string Html, string Story)> All() => Invented().Concat(Seeds());

    public static IEnumerable<(string Name, string Html, string Story)> Invented() =>
        Directory.EnumerateFiles(Folder, "*.html")
            .Order(StringComparer.Ordinal)
            .Select(html => (Path.GetFileNameWithoutExtension(html), File.ReadAllText(html), File.ReadAllText(StoryOf(html))));

    public static string StoryOf(string htmlPath) => Path.ChangeExtension(htmlPath, ".story.txt");

    private static IEnumerable<(string Name, string Html, string Story)> Seeds()
    {
        foreach (string seed in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Fixtures, "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            string[] paragraphs = [.. File.ReadAllLines(seed).Where(line => line.Trim().Length > 0)];
            string story = string.Join("\n\n", paragraphs);
            string name = "seed " + Path.GetFileNameWithoutExtension(seed)[..3];
            yield return (name + " among teasers", AmongTeasers(paragraphs), story);
            yield return (name + " in div soup", InDivSoup(paragraphs), story);
        }
    }

    // The story in a plain <div> between teaser <article>s that each carry a statement of their own.
    private static string AmongTeasers(string[] paragraphs) => $"""
        <!DOCTYPE html><html><head><title>News</title></head><body>
        <header><a href="/">Home</a></header>
        <section class="top">
        <article class="teaser"><h2><a href="/1">Harbour fees to double</a></h2><p>&ldquo;We had no other choice this year,&rdquo; harbour master Lise Aune said of the new fees, which start in June for every boat.</p></article>
        <article class="teaser"><h2><a href="/2">Clinic to close at weekends</a></h2><p>Health board manager Omar Sayed said the clinic could not find enough doctors to stay open on Saturdays and Sundays.</p></article>
        </section>
        <div class="story-body">{Paragraphs(paragraphs)}</div>
        <section class="latest"><article class="teaser"><h3><a href="/3">Council tax to rise</a></h3><p>Treasurer Ben Holt said the rise of four percent was the smallest the county could manage after cuts.</p></article></section>
        </body></html>
        """;

    // No semantic tags at all: cards, a trending list and reader responses in <div>s whose classes name no furniture.
    private static string InDivSoup(string[] paragraphs) => $"""
        <!DOCTYPE html><html><head><title>News</title></head><body><div class="wrap"><div class="row">
        <div class="col-main"><div class="text">{Paragraphs(paragraphs)}</div>
        <div class="more-stories"><div class="title">More stories</div>
        <div class="card"><a href="/4">&ldquo;Prices will fall by spring,&rdquo; says grocer Alma Reyes</a></div>
        <div class="card"><a href="/5">Coach Ivo Brandt said his team deserved the win</a></div></div>
        <div class="responses"><div class="r"><b>Kim</b><div>My uncle said the same thing years ago and nobody listened to him then.</div></div></div>
        </div>
        <div class="col-side"><div class="trending"><div class="title">Trending</div><ol>
        <li><a href="/6">Landlord Tom Vale said the rent rise was unavoidable</a></li>
        <li><a href="/7">&ldquo;This road is a death trap,&rdquo; warns cyclist Nora Lind</a></li></ol></div></div>
        </div></div></body></html>
        """;

    private static string Paragraphs(string[] paragraphs) =>
        string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>\n"));
}
