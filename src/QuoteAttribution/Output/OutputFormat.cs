namespace QuoteAttribution.Output;

/// <summary>The output formats of the records.</summary>
public enum OutputFormat
{
    /// <summary>A terminal table (Spectre.Console) with the columns that fit the width.</summary>
    Table,

    /// <summary>RFC 4180 CSV with a header line of <see cref="Pipeline.RecordFields.Names"/>.</summary>
    Csv,

    /// <summary>JSON Lines: one object per record, keys in <see cref="Pipeline.RecordFields.Names"/> order.</summary>
    JsonLines,

    /// <summary>A GitHub-flavoured Markdown pipe table.</summary>
    Markdown,
}
