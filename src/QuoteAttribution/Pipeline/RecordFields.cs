namespace QuoteAttribution.Pipeline;

/// <summary>
/// The record's field names in output order, shared by every writer so that CSV headers, JSONL keys
/// and table columns cannot drift apart.
/// </summary>
public static class RecordFields
{
    /// <summary>Field names, in the order of DESIGN.md's record table.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "article", "quote_id", "kind", "text", "start", "end", "speaker", "speaker_id", "speaker_type",
        "speaker_mention", "speaker_start", "speaker_end", "role", "affiliation", "cue", "addressee",
        "date", "rule", "confidence",
    ];

    /// <summary>The record's values as invariant strings, in the order of <see cref="Names"/>.</summary>
    public static string[] Values(QuoteRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return
        [
            r.Article, r.QuoteId, Lower(r.Kind), r.Text, Int(r.Start), Int(r.End), r.Speaker, r.SpeakerId,
            Lower(r.SpeakerType), r.SpeakerMention, Int(r.SpeakerStart), Int(r.SpeakerEnd), r.Role,
            r.Affiliation, r.Cue, r.Addressee, Date(r.Date), r.Rule, Confidence(r.Confidence),
        ];
    }

    /// <summary>The kind as written in every output (<c>direct</c>).</summary>
    public static string Lower(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Mixed => "mixed",
        _ => "indirect",
    };

    /// <summary>The speaker type as written in every output (<c>person</c>).</summary>
    public static string Lower(SpeakerType type) => type switch
    {
        SpeakerType.Person => "person",
        SpeakerType.Organization => "organization",
        SpeakerType.Anonymous => "anonymous",
        SpeakerType.Group => "group",
        SpeakerType.Document => "document",
        _ => "unknown",
    };

    /// <summary>A date as <c>yyyy-mm-dd</c>, or empty.</summary>
    public static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>Confidence with two decimals, invariant.</summary>
    public static string Confidence(double value) =>
        value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string Int(int? value) =>
        value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
