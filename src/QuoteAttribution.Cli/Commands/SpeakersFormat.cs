using System.Globalization;
using System.Text.Json;
using CsvHelper;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Speakers;
using Spectre.Console;
using SpectreText = Spectre.Console.Text;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Writes a <see cref="SpeakerOverview"/> as a terminal table, Markdown, CSV or JSON Lines.</summary>
internal static class SpeakersFormat
{
    /// <summary>The CSV header and JSONL keys, in order.</summary>
    public static readonly string[] Fields =
        ["speaker", "speaker_id", "speaker_type", "roles", "affiliations", "statements", "articles", "first_date", "last_date"];

    public static void Write(TextWriter writer, SpeakerOverview overview, string format)
    {
        switch (format)
        {
            case "markdown": Markdown(writer, overview); break;
            case "csv": Csv(writer, overview); break;
            case "jsonl": JsonLines(writer, overview); break;
            default: Table(writer, overview); break;
        }
    }

    /// <summary>
    /// <c>10 statements by 5 speakers in 3 articles</c>, or with unattributed statements
    /// <c>11 statements in 3 articles: 10 by 5 speakers, 1 without a speaker</c>: the first number is every
    /// statement, as the report's header counts them, so the two never seem to disagree.
    /// </summary>
    public static string Summary(SpeakerOverview overview)
    {
        string speakers = WorkflowText.Count(overview.Speakers.Length, "speaker");
        string articles = WorkflowText.Count(overview.TotalArticles, "article");
        if (overview.Unattributed == 0)
        {
            return $"{WorkflowText.Count(overview.TotalStatements, "statement")} by {speakers} in {articles}";
        }

        int attributed = overview.Speakers.Sum(s => s.Statements);
        return $"{WorkflowText.Count(overview.TotalStatements, "statement")} in {articles}: "
            + $"{attributed.ToString(CultureInfo.InvariantCulture)} by {speakers}, {overview.Unattributed.ToString(CultureInfo.InvariantCulture)} without a speaker";
    }

    private static void Table(TextWriter writer, SpeakerOverview overview)
    {
        Table table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Speaker", "Type", "Roles", "Affiliations", "Statements", "Articles", "Dates");
        table.Columns[4].RightAligned();
        table.Columns[5].RightAligned();
        foreach (SpeakerSummary s in overview.Speakers)
        {
            table.AddRow(
                new SpectreText(s.Name), new SpectreText(RecordFields.Lower(s.Type)), new SpectreText(string.Join(", ", s.Roles)),
                new SpectreText(string.Join(", ", s.Affiliations)), new SpectreText(Int(s.Statements)), new SpectreText(Int(s.Articles)),
                new SpectreText(WorkflowText.Period(s.FirstDate, s.LastDate)));
        }

        table.Caption(Markup.Escape(Summary(overview)));
        WorkflowText.Console(writer).Write(table);
    }

    private static void Markdown(TextWriter writer, SpeakerOverview overview)
    {
        writer.Write("| Speaker | Type | Roles | Affiliations | Statements | Articles | First | Last |\n");
        writer.Write("|---|---|---|---|---:|---:|---|---|\n");
        foreach (SpeakerSummary s in overview.Speakers)
        {
            string[] cells =
            [
                s.Name, RecordFields.Lower(s.Type), string.Join(", ", s.Roles), string.Join(", ", s.Affiliations),
                Int(s.Statements), Int(s.Articles), RecordFields.Date(s.FirstDate), RecordFields.Date(s.LastDate),
            ];
            writer.Write($"| {string.Join(" | ", cells.Select(WorkflowText.MarkdownCell))} |\n");
        }

        writer.Write($"\n{Summary(overview)}.\n");
    }

    private static void Csv(TextWriter writer, SpeakerOverview overview)
    {
        using CsvWriter csv = WorkflowText.Csv(writer);
        WorkflowText.CsvRow(csv, Fields);
        foreach (SpeakerSummary s in overview.Speakers)
        {
            WorkflowText.CsvRow(csv, Values(s));
        }
    }

    private static void JsonLines(TextWriter writer, SpeakerOverview overview)
    {
        foreach (SpeakerSummary s in overview.Speakers)
        {
            using MemoryStream buffer = new();
            using (Utf8JsonWriter json = new(buffer))
            {
                json.WriteStartObject();
                json.WriteString(Fields[0], s.Name);
                json.WriteString(Fields[1], s.SpeakerId);
                json.WriteString(Fields[2], RecordFields.Lower(s.Type));
                WriteArray(json, Fields[3], s.Roles);
                WriteArray(json, Fields[4], s.Affiliations);
                json.WriteNumber(Fields[5], s.Statements);
                json.WriteNumber(Fields[6], s.Articles);
                json.WriteString(Fields[7], RecordFields.Date(s.FirstDate));
                json.WriteString(Fields[8], RecordFields.Date(s.LastDate));
                json.WriteEndObject();
            }

            writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            writer.Write('\n');
        }
    }

    private static string[] Values(SpeakerSummary s) =>
    [
        s.Name, s.SpeakerId, RecordFields.Lower(s.Type), string.Join("; ", s.Roles), string.Join("; ", s.Affiliations),
        Int(s.Statements), Int(s.Articles), RecordFields.Date(s.FirstDate), RecordFields.Date(s.LastDate),
    ];

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
