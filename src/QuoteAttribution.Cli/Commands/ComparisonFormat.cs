using System.Text.Json;
using CsvHelper;
using QuoteAttribution.Compare;
using QuoteAttribution.Pipeline;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;

namespace QuoteAttribution.Cli.Commands;

/// <summary>Writes a <see cref="SpeakerComparison"/>: topics, then dates, then what each side said.</summary>
internal static class ComparisonFormat
{
    /// <summary>The CSV header and JSONL keys, in order: one row per statement per topic.</summary>
    public static readonly string[] Fields = ["topic", "date", "side", "speaker", "speaker_id", "article", "quote_id", "kind", "text"];

    public static void Write(TextWriter writer, SpeakerComparison comparison, string format)
    {
        switch (format)
        {
            case "markdown": Markdown(writer, comparison); break;
            case "csv": Csv(writer, comparison); break;
            case "jsonl": JsonLines(writer, comparison); break;
            default: Table(writer, comparison); break;
        }
    }

    /// <summary>The heading of a topic: the term, or <c>Other statements</c> for the remainder.</summary>
    public static string Title(ComparisonTopic topic) => topic.IsRemainder ? "Other statements" : topic.Term;

    private static void Table(TextWriter writer, SpeakerComparison comparison)
    {
        IAnsiConsole console = WorkflowText.Console(writer);
        console.WriteLine(Heading(comparison));
        foreach (ComparisonTopic topic in comparison.Topics)
        {
            console.WriteLine();
            Table table = new Table().Border(TableBorder.Rounded).Expand()
                .Title(Markup.Escape($"{Title(topic)} ({WorkflowText.Count(topic.StatementCount, "statement")})"))
                .AddColumn("Date");
            foreach (TopicSide side in topic.Sides)
            {
                table.AddColumn(new TableColumn(Markup.Escape(side.Speaker)));
            }

            foreach (ComparisonRow row in topic.ByDate())
            {
                List<IRenderable> cells = [new SpectreText(DateCell(row.Date))];
                cells.AddRange(row.Cells.Select(cell => new SpectreText(string.Join("\n\n", cell.Select(Statement)))));
                table.AddRow(cells);
            }

            console.Write(table);
        }
    }

    private static void Markdown(TextWriter writer, SpeakerComparison comparison)
    {
        writer.Write($"# {WorkflowText.MarkdownCell(Heading(comparison))}\n");
        foreach (ComparisonTopic topic in comparison.Topics)
        {
            writer.Write($"\n## {WorkflowText.MarkdownCell(Title(topic))}\n\n");
            writer.Write($"| Date | {string.Join(" | ", topic.Sides.Select(s => WorkflowText.MarkdownCell(s.Speaker)))} |\n");
            writer.Write($"|---|{string.Concat(topic.Sides.Select(_ => "---|"))}\n");
            foreach (ComparisonRow row in topic.ByDate())
            {
                IEnumerable<string> cells = row.Cells.Select(cell => string.Join("<br><br>", cell.Select(r => WorkflowText.MarkdownCell(Statement(r)))));
                writer.Write($"| {DateCell(row.Date)} | {string.Join(" | ", cells)} |\n");
            }
        }
    }

    private static void Csv(TextWriter writer, SpeakerComparison comparison)
    {
        using CsvWriter csv = WorkflowText.Csv(writer);
        WorkflowText.CsvRow(csv, Fields);
        foreach (string[] row in Rows(comparison))
        {
            WorkflowText.CsvRow(csv, row);
        }
    }

    private static void JsonLines(TextWriter writer, SpeakerComparison comparison)
    {
        foreach (string[] row in Rows(comparison))
        {
            using MemoryStream buffer = new();
            using (Utf8JsonWriter json = new(buffer))
            {
                json.WriteStartObject();
                for (int i = 0; i < Fields.Length; i++)
                {
                    json.WriteString(Fields[i], row[i]);
                }

                json.WriteEndObject();
            }

            writer.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            writer.Write('\n');
        }
    }

    // Topic by topic, date by date, side by side: the order a reader of the table sees.
    private static IEnumerable<string[]> Rows(SpeakerComparison comparison) =>
        from topic in comparison.Topics
        from row in topic.ByDate()
        from side in row.Cells.Select((cell, i) => (Cell: cell, Label: topic.Sides[i].Speaker))
        from r in side.Cell
        select new[]
        {
            topic.Term, RecordFields.Date(r.Date), side.Label, r.Speaker, r.SpeakerId, r.Article, r.QuoteId,
            RecordFields.Lower(r.Kind), r.Text,
        };

    private static string Heading(SpeakerComparison comparison) =>
        $"{string.Join(" and ", comparison.Sides.Select(s => s.Label))}: "
        + $"{WorkflowText.Count(comparison.Topics.Count(t => !t.IsRemainder), "shared topic")}";

    // Marks only around verbatim words (VerbatimMarks); a paraphrase says so next to its id.
    private static string Statement(QuoteRecord r) =>
        VerbatimMarks.KindNote(r) is { Length: > 0 } note
            ? $"{VerbatimMarks.Display(r)} ({r.QuoteId}, {note})"
            : $"{VerbatimMarks.Display(r)} ({r.QuoteId})";

    private static string DateCell(DateOnly? date) => date is null ? "undated" : WorkflowText.Date(date);
}
