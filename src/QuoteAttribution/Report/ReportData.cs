using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

/// <summary>The records as JSON inside the page, for the script.</summary>
internal sealed class ReportData(ReportWriter page)
{
    // The script reads filter values from here rather than from the rendered cells.
    public void Write()
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteStartArray("quotes");
            foreach (QuoteRecord r in page.Records)
            {
                json.WriteStartObject();
                json.WriteString("quote_id", r.QuoteId);
                json.WriteString("article", r.Article);
                json.WriteString("origin", r.Origin);
                json.WriteString("kind", RecordFields.Lower(r.Kind));
                json.WriteString("text", r.Text);
                json.WriteString("speaker", r.Speaker);
                json.WriteString("speaker_key", string.IsNullOrWhiteSpace(r.Speaker) ? QuotesSection.NoSpeakerKey : SpeakerAggregator.KeyOf(r));
                json.WriteString("date", RecordFields.Date(r.Date));
                json.WriteString("rule", r.Rule);
                json.WriteNumber("confidence", Math.Round(r.Confidence, 2));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // The default encoder already writes '<' as \u003C; the replacement keeps "</script>" out even if
        // the encoder ever changes.
        string data = Encoding.UTF8.GetString(buffer.ToArray()).Replace("<", "\\u003C", StringComparison.Ordinal);
        page.Line($"<script type=\"application/json\" id=\"report-data\">{data}</script>");
    }
}
