using System.Globalization;
using System.Text;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Tests.Support;

/// <summary>
/// A corpus of any size for the report's paging and timing tests: invented city-hall news, twenty
/// statements an article, a dozen officials taking turns, dates spread over two years. Every record
/// points into its article's text, as the analyzer's records do, so the report can cut context.
/// </summary>
internal sealed class GeneratedCorpus
{
    public const int StatementsPerArticle = 20;

    private static readonly (string Name, string Id, string Role, string Affiliation)[] Officials =
    [
        ("Mara Velden", "mara-velden", "Mayor", "Lakeport"),
        ("Tobias Quell", "tobias-quell", "council member", "Lakeport City Council"),
        ("Ines Marrow", "ines-marrow", "Governor", "Northland"),
        ("Piet Oram", "piet-oram", "transit director", "Lakeport Transit"),
        ("Dana Hulst", "dana-hulst", "spokeswoman", "Northland Police"),
        ("Ravi Cotter", "ravi-cotter", "Senator", "Northland"),
        ("Lena Brisk", "lena-brisk", "school superintendent", ""),
        ("Omar Feld", "omar-feld", "", "Harbor Union"),
        ("Wren Albee", "wren-albee", "Treasurer", "Lakeport"),
        ("Jonas Keel", "jonas-keel", "fire chief", "Lakeport"),
        ("Sofia Drum", "sofia-drum", "Lieutenant Governor", "Northland"),
        ("Hal Penner", "hal-penner", "budget officer", "Lakeport"),
    ];

    private static readonly string[] Subjects = ["The bridge repair", "The harbor dredging", "The new bus line", "The school budget", "The water tax", "The park plan", "The tunnel study"];

    private static readonly string[] Verbs = ["will start", "must wait", "should cost less", "can be finished", "needs more money", "was approved"];

    private static readonly string[] Times = ["before the winter", "next spring", "by the end of the year", "after the election", "within three months"];

    private GeneratedCorpus(IReadOnlyList<QuoteRecord> records, IReadOnlyDictionary<string, string> texts)
    {
        Records = records;
        Texts = texts;
    }

    public IReadOnlyList<QuoteRecord> Records { get; }

    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>The speaker id of the official who made statement <paramref name="n"/> (from 0).</summary>
    public static string SpeakerIdOf(int n) => Officials[Official(n)].Id;

    public static GeneratedCorpus Create(int statements)
    {
        List<QuoteRecord> records = new(statements);
        Dictionary<string, string> texts = new(StringComparer.Ordinal);
        for (int first = 0; first < statements; first += StatementsPerArticle)
        {
            int a = first / StatementsPerArticle;
            DateOnly date = new DateOnly(2015, 1, 5).AddDays(a * 7 % 730);
            string article = string.Create(CultureInfo.InvariantCulture, $"generated/{date:yyyy-MM-dd}_city-hall-weighs-the-harbor-budget-{a:D4}");
            StringBuilder text = new($"LAKEPORT - City hall met again on the harbor budget, week {a.ToString(CultureInfo.InvariantCulture)}.\n\n");
            for (int n = first; n < Math.Min(statements, first + StatementsPerArticle); n++)
            {
                records.Add(Statement(text, article, n, date));
            }

            texts.Add(article, text.ToString());
        }

        return new GeneratedCorpus(records, texts);
    }

    // Writes one paragraph `"STATEMENT," Surname said.` and returns its record.
    private static QuoteRecord Statement(StringBuilder text, string article, int n, DateOnly date)
    {
        var official = Officials[Official(n)];
        string statement = $"{Subjects[n % Subjects.Length]} {Verbs[n / 3 % Verbs.Length]} {Times[n / 5 % Times.Length]}";
        string surname = official.Name[(official.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        text.Append('"');
        int start = text.Length;
        text.Append(statement).Append(",\" ");
        int mention = text.Length;
        text.Append(surname).Append(" said.\n\n");
        int local = (n % StatementsPerArticle) + 1;
        return new QuoteRecord
        {
            Article = article,
            QuoteId = string.Create(CultureInfo.InvariantCulture, $"{article}#{local}"),
            Kind = n % 4 == 3 ? StatementKind.Indirect : StatementKind.Direct,
            Text = statement,
            Start = start,
            End = start + statement.Length,
            Speaker = official.Name,
            SpeakerId = official.Id,
            SpeakerType = SpeakerType.Person,
            SpeakerMention = surname,
            SpeakerStart = mention,
            SpeakerEnd = mention + surname.Length,
            Role = official.Role,
            Affiliation = official.Affiliation,
            Cue = "said",
            Date = date,
            Rule = "trailing-cue",
            Confidence = 0.5 + (n % 50 / 100.0),
        };
    }

    // The officials take turns unevenly, so the speaker filter and the speakers table have a clear order.
    private static int Official(int n) => n % 7 == 0 ? 0 : n % Officials.Length;
}
