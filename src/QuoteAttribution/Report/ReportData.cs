using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;

namespace QuoteAttribution.Report;

/// <summary>
/// The records as JSON inside the page: the script draws the quotes table from here one page at a time
/// (a page of thousands of <c>&lt;tr&gt;</c> would take seconds to lay out), and filters and sorts on
/// these fields rather than on rendered cells. Every field a row shows is here, already cut and escaped
/// for nothing: the script sets it as text, never as markup.
/// </summary>
internal sealed class ReportData(ReportWriter page)
{
    public void Write()
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteStartArray("quotes");
            foreach (QuoteRecord r in page.Records)
            {
                WriteQuote(json, r);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // The default encoder already writes '<' as \u003C; the replacement keeps "</script>" out even if
        // the encoder ever changes.
        string data = Encoding.UTF8.GetString(buffer.ToArray()).Replace("<", "\\u003C", StringComparison.Ordinal);
        page.Line($"<script type=\"application/json\" id=\"report-data\">{data}</script>");
    }

    private void WriteQuote(Utf8JsonWriter json, QuoteRecord r)
    {
        json.WriteStartObject();
        json.WriteString("quote_id", r.QuoteId);
        json.WriteString("short_id", QuotesSection.ShortQuoteId(r.QuoteId));
        json.WriteString("article", r.Article);
        json.WriteString("origin", r.Origin);
        json.WriteString("kind", RecordFields.Lower(r.Kind));
        json.WriteString("text", r.Text);
        json.WriteString("speaker", r.Speaker.Trim());
        json.WriteString("speaker_key", string.IsNullOrWhiteSpace(r.Speaker) ? QuotesSection.NoSpeakerKey : SpeakerAggregator.KeyOf(r));
        json.WriteString("position", string.Join(", ", new[] { r.Role, r.Affiliation }.Where(s => s.Length > 0)));
        json.WriteString("date", RecordFields.Date(r.Date));
        json.WriteString("rule", r.Rule);
        json.WriteString("cue", r.Cue);
        json.WriteString("addressee", r.Addressee);
        json.WriteNumber("confidence", Math.Round(r.Confidence, 2));
        WriteContext(json, r);
        json.WriteEndObject();
    }

    // The statement in its sentence as [kind, text] pairs: "s" the statement, "m" the speaker mention,
    // "c" an ellipsis where the window cut the text, "" plain text.
    private void WriteContext(Utf8JsonWriter json, QuoteRecord r)
    {
        page.Texts.TryGetValue(r.Article, out string? text);
        json.WriteStartArray("context");
        foreach (ContextSegment segment in ContextWindow.Cut(r, text))
        {
            json.WriteStartArray();
            json.WriteStringValue(segment.Kind switch
            {
                ContextSegmentKind.Statement => "s",
                ContextSegmentKind.Mention => "m",
                ContextSegmentKind.Cut => "c",
                _ => "",
            });
            json.WriteStringValue(segment.Text);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
