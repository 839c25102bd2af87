using System.Globalization;
using System.Text.Json;

namespace QuoteAttribution.Evaluation;

/// <summary>Reads JSON values the way <c>score.py</c> treats them once Python's <c>json</c> has loaded them.</summary>
internal static class JsonFields
{
    /// <summary>The property, or null when it is missing or not an object's member.</summary>
    public static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement value) ? value : null;

    /// <summary>True for what Python's <c>json</c> loads as an <c>int</c>: a number written without fraction or exponent.</summary>
    public static bool TryGetInteger(JsonElement? value, out long result)
    {
        result = 0;
        return value is { ValueKind: JsonValueKind.Number } v
            && v.GetRawText().AsSpan().IndexOfAny(".eE") < 0
            && v.TryGetInt64(out result);
    }

    /// <summary>Python's <c>int(x)</c>: integers, floats (truncated), integer strings and booleans.</summary>
    public static bool TryPythonInt(JsonElement? value, out long result)
    {
        result = 0;
        switch (value?.ValueKind)
        {
            case JsonValueKind.Number when TryGetInteger(value, out result):
                return true;
            case JsonValueKind.Number:
                double d = value.Value.GetDouble();
                if (!double.IsFinite(d) || Math.Abs(d) >= long.MaxValue)
                {
                    return false;
                }

                result = (long)Math.Truncate(d);
                return true;
            case JsonValueKind.String:
                return long.TryParse(
                    value.Value.GetString()!.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
            case JsonValueKind.True:
                result = 1;
                return true;
            case JsonValueKind.False:
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Python's <c>x.get("kind") or "indirect"</c>: a missing or empty (falsy) kind reads as
    /// <c>indirect</c>; a value that is no string gives null, which no <c>--kinds</c> filter holds.
    /// </summary>
    public static string? Kind(JsonElement? value) => value?.ValueKind switch
    {
        null or JsonValueKind.Null or JsonValueKind.False => "indirect",
        JsonValueKind.String => value.Value.GetString() is { Length: > 0 } kind ? kind : "indirect",
        JsonValueKind.Number => value.Value.GetDouble() == 0 ? "indirect" : null,
        JsonValueKind.Array => value.Value.GetArrayLength() == 0 ? "indirect" : null,
        JsonValueKind.Object => value.Value.EnumerateObject().Any() ? null : "indirect",
        _ => null,
    };

    /// <summary>The string value, or empty when the value is missing or no string.</summary>
    public static string StringOrEmpty(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } v ? v.GetString()! : "";

    /// <summary>Python's <c>str(x)</c> for an id: strings as they are, numbers as written.</summary>
    public static string? Id(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => value.Value.GetString(),
        JsonValueKind.Number => value.Value.GetRawText(),
        _ => null,
    };
}
