namespace QuoteAttribution.Evaluation;

/// <summary>Precision, recall and F1 of one count of true positives.</summary>
/// <param name="Precision">True positives over system statements (0 when there are none).</param>
/// <param name="Recall">True positives over gold statements (0 when there are none).</param>
/// <param name="F1">Their harmonic mean (0 when both are 0).</param>
public readonly record struct PrecisionRecall(double Precision, double Recall, double F1)
{
    /// <summary><c>score.py</c>'s <c>prf</c>.</summary>
    public static PrecisionRecall Of(int truePositives, int system, int gold)
    {
        double p = system > 0 ? (double)truePositives / system : 0.0;
        double r = gold > 0 ? (double)truePositives / gold : 0.0;
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        return new PrecisionRecall(p, r, f);
    }

    /// <summary><paramref name="part"/> over <paramref name="whole"/>, 0 when the whole is 0.</summary>
    public static double Ratio(int part, int whole) => whole > 0 ? (double)part / whole : 0.0;
}

/// <summary>Scores of one statement kind (gold side: recall; system side: precision).</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Gold">Gold statements of this kind.</param>
/// <param name="Found">Of those, matched by a system statement (lenient).</param>
/// <param name="SpeakerRight">Of those found, with the right speaker.</param>
/// <param name="System">System statements of this kind.</param>
/// <param name="SystemMatched">Of those, matched to a gold statement of any kind.</param>
public sealed record KindScore(string Kind, int Gold, int Found, int SpeakerRight, int System, int SystemMatched)
{
    /// <summary>Found over gold.</summary>
    public double Recall => PrecisionRecall.Ratio(Found, Gold);

    /// <summary>Right speakers over found.</summary>
    public double SpeakerAccuracy => PrecisionRecall.Ratio(SpeakerRight, Found);

    /// <summary>Matched system statements over system statements.</summary>
    public double Precision => PrecisionRecall.Ratio(SystemMatched, System);
}

/// <summary>Scores of the records one rule attributed: which sieve to improve.</summary>
/// <param name="Rule">The rule id (<c>(none)</c> for records without one).</param>
/// <param name="Records">System records with this rule.</param>
/// <param name="Matched">Of those, matched to a gold statement (lenient).</param>
/// <param name="SpeakerRight">Of those matched, with the right speaker.</param>
public sealed record RuleScore(string Rule, int Records, int Matched, int SpeakerRight)
{
    /// <summary>Statement precision: matched over records.</summary>
    public double Precision => PrecisionRecall.Ratio(Matched, Records);

    /// <summary>Speaker accuracy: right speakers over matched.</summary>
    public double SpeakerAccuracy => PrecisionRecall.Ratio(SpeakerRight, Matched);

    /// <summary>Records that are not a found statement with the right speaker: this rule's share of the end-to-end errors.</summary>
    public int Wrong => Records - SpeakerRight;

    /// <summary>End-to-end precision: right speakers over records.</summary>
    public double EndToEndPrecision => PrecisionRecall.Ratio(SpeakerRight, Records);
}

/// <summary>Scores of one article.</summary>
/// <param name="Article">The article id.</param>
/// <param name="Gold">Gold statements (after the kind filter).</param>
/// <param name="System">System statements (after the kind filter).</param>
/// <param name="Matched">Lenient matches.</param>
/// <param name="SpeakerRight">Matches with the right speaker.</param>
public sealed record ArticleScore(string Article, int Gold, int System, int Matched, int SpeakerRight)
{
    /// <summary>Statement F1.</summary>
    public double QuoteF1 => PrecisionRecall.Of(Matched, System, Gold).F1;

    /// <summary>End-to-end F1.</summary>
    public double EndToEndF1 => PrecisionRecall.Of(SpeakerRight, System, Gold).F1;
}
