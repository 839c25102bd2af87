using System.Globalization;
using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Statements;

namespace QuoteAttribution.Archive;

/// <summary>Record values read back from their written form (the inverse of <see cref="RecordFields"/>).</summary>
internal static class RecordValues
{
    /// <summary><c>direct</c>, <c>mixed</c> or <c>indirect</c>; null for anything else.</summary>
    public static StatementKind? TryKind(string text) => text switch
    {
        "direct" => StatementKind.Direct,
        "mixed" => StatementKind.Mixed,
        "indirect" => StatementKind.Indirect,
        _ => null,
    };

    /// <summary>The kind of a stored row (always one of the three).</summary>
    public static StatementKind Kind(string text) => TryKind(text) ?? StatementKind.Indirect;

    /// <summary>The speaker type as written; unknown for anything else.</summary>
    public static SpeakerType SpeakerType(string text) => text switch
    {
        "person" => Entities.SpeakerType.Person,
        "organization" => Entities.SpeakerType.Organization,
        "document" => Entities.SpeakerType.Document,
        "anonymous" => Entities.SpeakerType.Anonymous,
        "group" => Entities.SpeakerType.Group,
        _ => Entities.SpeakerType.Unknown,
    };

    /// <summary>A <c>yyyy-mm-dd</c> date, or null when empty or not a date.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;
}
