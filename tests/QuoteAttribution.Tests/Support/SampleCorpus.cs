using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Tests.Support;

/// <summary>
/// Hand-made articles and records in the shape the analyzer writes (synthetic text written for these
/// tests): Lavrov and Carter on Raqqa and Russian cooperation in Syria, Stoltenberg on Turkey.
/// Offsets are computed from the texts, so the report can cut context around them.
/// </summary>
internal static class SampleCorpus
{
    public const string MoscowArticle = "moscow-2015-10-14";
    public const string BrusselsArticle = "brussels-2015-10-15";
    public const string WashingtonArticle = "washington-2015-10-16";

    public static IReadOnlyDictionary<string, string> Texts { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [MoscowArticle] =
            "MOSCOW, Oct. 14 (Reuters) - Russia's Foreign Minister Sergei Lavrov said on Wednesday that the American coalition had refused to share intelligence on Raqqa.\n\n" +
            "\"We are ready to coordinate with the coalition, but Washington keeps saying no,\" Lavrov told a Russian broadcaster.\n\n" +
            "Ash Carter, the U.S. defense secretary, said: \"We have not agreed to cooperate with Russia in Syria.\"\n\n" +
            "A military source told AFP that strikes near Raqqa continued overnight.",
        [BrusselsArticle] =
            "BRUSSELS, Oct. 15 (AP) - NATO Secretary-General Jens Stoltenberg said on Thursday that the alliance stood ready to defend Turkey.\n\n" +
            "\"NATO is ready and able to defend all allies, including Turkey,\" Stoltenberg told reporters.\n\n" +
            "Carter said the coalition would keep up the pressure on ISIS in Raqqa.\n\n" +
            "The Russian defense ministry said its aircraft had hit 32 targets in Syria.",
        [WashingtonArticle] =
            "WASHINGTON, Oct. 16 - Lavrov said the strikes in Syria <script>alert(1)</script> were coordinated with Damascus.\n\n" +
            "\"Turkey has every right to defend its airspace,\" Carter told reporters at the Pentagon. See http://example.com/raqqa for a map.",
    };

    public static IReadOnlyList<QuoteRecord> Records { get; } =
    [
        Make(MoscowArticle, 1, StatementKind.Indirect, "the American coalition had refused to share intelligence on Raqqa",
            "Russia's Foreign Minister Sergei Lavrov", Lavrov, new DateOnly(2015, 10, 14), "said", "", "leading-cue"),
        Make(MoscowArticle, 2, StatementKind.Direct, "We are ready to coordinate with the coalition, but Washington keeps saying no",
            "Lavrov", Lavrov, new DateOnly(2015, 10, 14), "told", "a Russian broadcaster", "trailing-cue"),
        Make(MoscowArticle, 3, StatementKind.Direct, "We have not agreed to cooperate with Russia in Syria",
            "Ash Carter, the U.S. defense secretary", Carter, new DateOnly(2015, 10, 14), "said", "", "leading-cue"),
        Make(MoscowArticle, 4, StatementKind.Indirect, "strikes near Raqqa continued overnight",
            "A military source", Anonymous, new DateOnly(2015, 10, 14), "told", "AFP", "leading-cue"),
        Make(BrusselsArticle, 1, StatementKind.Indirect, "the alliance stood ready to defend Turkey",
            "NATO Secretary-General Jens Stoltenberg", Stoltenberg, new DateOnly(2015, 10, 15), "said", "", "leading-cue"),
        Make(BrusselsArticle, 2, StatementKind.Direct, "NATO is ready and able to defend all allies, including Turkey",
            "Stoltenberg", Stoltenberg, new DateOnly(2015, 10, 15), "told", "reporters", "trailing-cue"),
        Make(BrusselsArticle, 3, StatementKind.Indirect, "the coalition would keep up the pressure on ISIS in Raqqa",
            "Carter", Carter, new DateOnly(2015, 10, 15), "said", "", "leading-cue"),
        Make(BrusselsArticle, 4, StatementKind.Indirect, "its aircraft had hit 32 targets in Syria",
            "The Russian defense ministry", Ministry, new DateOnly(2015, 10, 15), "said", "", "leading-cue"),
        Make(WashingtonArticle, 1, StatementKind.Indirect, "the strikes in Syria <script>alert(1)</script> were coordinated with Damascus",
            "Lavrov", Lavrov with { Name = "Lavrov" }, new DateOnly(2015, 10, 16), "said", "", "leading-cue"),
        Make(WashingtonArticle, 2, StatementKind.Direct, "Turkey has every right to defend its airspace",
            "Carter", Carter with { Name = "Carter" }, new DateOnly(2015, 10, 16), "told", "reporters at the Pentagon", "trailing-cue"),
        Make(WashingtonArticle, 3, StatementKind.Indirect, "See http://example.com/raqqa for a map",
            "", Unresolved, null, "", "", ""),
    ];

    private static SpeakerFacts Lavrov => new("Sergei Lavrov", "sergei-lavrov", SpeakerType.Person, "Foreign Minister", "Russia");

    private static SpeakerFacts Carter => new("Ash Carter", "ash-carter", SpeakerType.Person, "defense secretary", "U.S.");

    private static SpeakerFacts Stoltenberg => new("Jens Stoltenberg", "jens-stoltenberg", SpeakerType.Person, "Secretary-General", "NATO");

    private static SpeakerFacts Ministry => new("Russian defense ministry", "", SpeakerType.Organization, "", "Russia");

    private static SpeakerFacts Anonymous => new("a military source", "", SpeakerType.Anonymous, "", "");

    private static SpeakerFacts Unresolved => new("", "", SpeakerType.Unknown, "", "");

    private static QuoteRecord Make(
        string article, int n, StatementKind kind, string text, string mention, SpeakerFacts speaker,
        DateOnly? date, string cue, string addressee, string rule)
    {
        string articleText = Texts[article];
        int start = articleText.IndexOf(text, StringComparison.Ordinal);
        int mentionStart = Nearest(articleText, mention, start);
        if (start < 0)
        {
            throw new InvalidOperationException($"sample text not found in {article}: {text}");
        }

        return new QuoteRecord
        {
            Article = article,
            QuoteId = $"{article}#{n}",
            Kind = kind,
            Text = text,
            Start = start,
            End = start + text.Length,
            Speaker = speaker.Name,
            SpeakerId = speaker.Id,
            SpeakerType = speaker.Type,
            SpeakerMention = mention,
            SpeakerStart = mentionStart < 0 ? null : mentionStart,
            SpeakerEnd = mentionStart < 0 ? null : mentionStart + mention.Length,
            Role = speaker.Role,
            Affiliation = speaker.Affiliation,
            Cue = cue,
            Addressee = addressee,
            Date = date,
            Rule = rule,
            Confidence = speaker.Name.Length == 0 ? 0 : 0.9,
        };
    }

    // The occurrence of the mention closest to the statement, as the analyzer would point at it.
    private static int Nearest(string text, string mention, int near)
    {
        int best = -1;
        for (int i = mention.Length == 0 ? -1 : text.IndexOf(mention, StringComparison.Ordinal); i >= 0;
             i = text.IndexOf(mention, i + 1, StringComparison.Ordinal))
        {
            best = best < 0 || Math.Abs(i - near) < Math.Abs(best - near) ? i : best;
        }

        return best;
    }

    private sealed record SpeakerFacts(string Name, string Id, SpeakerType Type, string Role, string Affiliation);
}
