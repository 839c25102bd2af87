using System.Collections.Frozen;

namespace QuoteAttribution.Output;

/// <summary>Which record fields are numbers, and which are absent (null) rather than empty when blank.</summary>
internal static class FieldTypes
{
    private static readonly FrozenSet<string> Numeric = FrozenSet.Create(
        StringComparer.Ordinal, "start", "end", "speaker_start", "speaker_end", "confidence");

    private static readonly FrozenSet<string> Nullable = FrozenSet.Create(
        StringComparer.Ordinal, "speaker_start", "speaker_end", "date");

    /// <summary>True for offsets and confidence.</summary>
    public static bool IsNumeric(string field) => Numeric.Contains(field);

    /// <summary>True for fields written as null (JSON) when they have no value.</summary>
    public static bool IsNullable(string field) => Nullable.Contains(field);
}
