using System.Globalization;
using System.Text;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Tests.Support;

/// <summary>
/// The one readable line per record that spec fixtures compare against:
/// <c>direct "We will not back down," => Jane Smith [trailing-cue]</c>; <c>-</c> for no speaker.
/// </summary>
internal static class SpecFormatter
{
    public static string Format(IEnumerable<QuoteRecord> records)
    {
        StringBuilder text = new();
        foreach (QuoteRecord r in records)
        {
            string speaker = r.Speaker.Length > 0 ? r.Speaker : "-";
            string rule = r.Rule.Length > 0 ? $" [{r.Rule}]" : "";
            text.Append(CultureInfo.InvariantCulture, $"{RecordFields.Lower(r.Kind)} \"{r.Text.ReplaceLineEndings(" ")}\" => {speaker}{rule}").Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
