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
        using (Utf8JsonWriter json = new(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            Dictionary<string, int> articles = WriteArticles(json);
            json.WriteStartArray("quotes");
            foreach (QuoteRecord r in page.Records)
            {
                WriteQuote(json, r, articles[r.Article]);
            }

            json.WriteEndArray();
            new SpeakersSection(page).WriteData(json);
            new ComparisonSection(page).WriteData(json);
            json.WriteEndObject();
        }

        // The relaxed encoder leaves letters and typographic marks as they are (a third smaller than \uXXXX
        // for news text) and does not escape '<': the replacement does, so no "</script>" or "<!--" can end
        // or change the block. The page is UTF-8 and the block is read as JSON text, never as markup.
        string data = Encoding.UTF8.GetString(buffer.ToArray()).Replace("<", "\\u003C", StringComparison.Ordinal);
        page.Line($"<script type=\"application/json\" id=\"report-data\">{data}</script>");
    }

    // The articles in order of their first statement, each once with its title (empty when it has none
    // to show): a quote names its article by place in this array, so a title is not written per statement.
    private Dictionary<string, int> WriteArticles(Utf8JsonWriter json)
    {
        Dictionary<string, int> index = new(StringComparer.Ordinal);
        json.WriteStartArray("articles");
        foreach (string article in page.Records.Select(r => r.Article))
        {
            if (index.TryAdd(article, index.Count))
            {
                json.WriteStartObject();
                json.WriteString("id", article);
                json.WriteString("title", ArticleTitles.Of(article, page.Titles, page.Texts));
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        return index;
    }

    private void WriteQuote(Utf8JsonWriter json, QuoteRecord r, int article)
    {
        json.WriteStartObject();
        json.WriteString("quote_id", r.QuoteId);
        json.WriteString("short_id", QuotesSection.ShortQuoteId(r.QuoteId));
        json.WriteNumber("article", article);
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
    // "c" an ellipsis where the window cut the text, "" plain text. The statement is written as ["s"]
    // alone when its words are the record's text (almost always): the script takes them from "text",
    // and a report of thousands of statements does not carry each one twice.
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
            if (segment.Kind is not (ContextSegmentKind.Statement or ContextSegmentKind.Cut)
                || (segment.Kind == ContextSegmentKind.Statement && !string.Equals(segment.Text, r.Text, StringComparison.Ordinal)))
            {
                json.WriteStringValue(segment.Text);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }
}
