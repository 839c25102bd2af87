using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using QuoteAttribution.Archive;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Benchmarks;

/// <summary>
/// Builds a synthetic archive of N statements (invented words, 5,000 speakers, ten statements an article,
/// dates over fifteen years) through <see cref="ArchiveIndexer"/>, then times typical searches: the
/// median of 21 runs after one warm-up, every matching record read. Run by hand (archive.sh), never by
/// <c>dotnet test</c>.
/// </summary>
internal static class ArchiveBenchmark
{
    private const int StatementsPerArticle = 10;

    public static void Run(string path, int statements, TextWriter output)
    {
        if (!File.Exists(path))
        {
            Build(path, statements, output);
        }

        using QuoteArchive archive = QuoteArchive.OpenForReading(path);
        ArchiveReader reader = new(archive);
        output.WriteLine($"archive: {ArchiveCounts.Of(archive)}, {new FileInfo(path).Length / 1_000_000} MB");
        (string Name, ArchiveSearch Search)[] searches =
        [
            ("rare word", new ArchiveSearch(Text: Word(4_900))),
            ("two words", new ArchiveSearch(Text: $"{Word(40)} {Word(300)}")),
            ("common word, --limit 100", new ArchiveSearch(Text: Word(1), Limit: 100)),
            ("speaker by surname", new ArchiveSearch(Speaker: "Surname123")),
            ("speaker + word", new ArchiveSearch(Text: Word(20), Speaker: "Given27 Surname77")),
            ("speaker + common word", new ArchiveSearch(Text: Word(1), Speaker: "Surname77")),
            ("word + --from/--to one year", new ArchiveSearch(Text: Word(200), From: new DateOnly(2020, 1, 1), To: new DateOnly(2020, 12, 31))),
            ("common word + one year, --limit 100", new ArchiveSearch(Text: Word(1), From: new DateOnly(2020, 1, 1), To: new DateOnly(2020, 12, 31), Limit: 100)),
            ("common word + one week", new ArchiveSearch(Text: Word(1), From: new DateOnly(2020, 3, 1), To: new DateOnly(2020, 3, 7))),
            ("word + --kind direct", new ArchiveSearch(Text: Word(500), Kind: StatementKind.Direct)),
            ("common word + --kind, --limit 100", new ArchiveSearch(Text: Word(1), Kind: StatementKind.Direct, Limit: 100)),
            ("--kind only, --limit 100", new ArchiveSearch(Kind: StatementKind.Indirect, Limit: 100)),
        ];
        foreach ((string name, ArchiveSearch search) in searches)
        {
            int count = reader.Records(search).Count();
            double[] times = new double[21];
            for (int i = 0; i < times.Length; i++)
            {
                Stopwatch watch = Stopwatch.StartNew();
                count = reader.Records(search).Count();
                times[i] = watch.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-36} {count,7} records  median {times[10],7:0.0} ms  max {times[^1],7:0.0} ms"));
        }
    }

    private static void Build(string path, int statements, TextWriter output)
    {
        Stopwatch watch = Stopwatch.StartNew();
        Random random = new(42);
        using QuoteArchive archive = QuoteArchive.OpenForWriting(path);
        ArchiveIndexer indexer = new(archive);
        List<ArchivedArticle> batch = [];
        int articles = (statements + StatementsPerArticle - 1) / StatementsPerArticle;
        for (int a = 0; a < articles; a++)
        {
            batch.Add(Article(a, random));
            if (batch.Count == 1000)
            {
                indexer.Store(batch);
                batch.Clear();
            }
        }

        indexer.Store(batch);
        double seconds = watch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built {statements} statements in {seconds:0.0} s ({statements / seconds:0} statements/s)"));
    }

    private static ArchivedArticle Article(int a, Random random)
    {
        string id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{a}");
        DateOnly date = new DateOnly(2010, 1, 1).AddDays(random.Next(15 * 365));
        ImmutableArray<QuoteRecord>.Builder records = ImmutableArray.CreateBuilder<QuoteRecord>();
        for (int n = 1; n <= StatementsPerArticle; n++)
        {
            int person = random.Next(5_000);
            string text = string.Join(' ', Enumerable.Range(0, 8 + random.Next(16)).Select(_ => Word(Zipf(random))));
            records.Add(new QuoteRecord
            {
                Article = id,
                QuoteId = string.Create(CultureInfo.InvariantCulture, $"{id}#{n}"),
                Kind = (StatementKind)(random.Next(3)),
                Text = text,
                Start = n * 100,
                End = n * 100 + text.Length,
                Speaker = string.Create(CultureInfo.InvariantCulture, $"Given{person % 50} Surname{person}"),
                SpeakerType = SpeakerType.Person,
                Cue = "said",
                Date = date,
                Rule = "trailing-cue",
                Confidence = 0.9,
            });
        }

        return new ArchivedArticle(id, id, "", RecordFields.Date(date), null, records.ToImmutable());
    }

    // Word ranks with a long tail, as in news: a few words everywhere, most words rare.
    private static int Zipf(Random random) => (int)Math.Min(4_999, Math.Floor(Math.Exp(random.NextDouble() * Math.Log(5_000))) - 1);

    private static string Word(int rank) => string.Create(CultureInfo.InvariantCulture, $"w{rank}x");
}
