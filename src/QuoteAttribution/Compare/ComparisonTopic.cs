using System.Collections.Immutable;
using QuoteAttribution.Pipeline;

namespace QuoteAttribution.Compare;

/// <summary>One thing two or more officials spoke about, and what each said.</summary>
/// <param name="Term">The shared key term (<c>Raqqa</c>) or the requested topic word; empty for the remainder.</param>
/// <param name="Sides">One entry per speaker query, in query order.</param>
public sealed record ComparisonTopic(string Term, ImmutableArray<TopicSide> Sides)
{
    /// <summary>True for the group of statements that share no topic with another side.</summary>
    public bool IsRemainder => Term.Length == 0;

    /// <summary>All statements of the topic, across sides.</summary>
    public int StatementCount => Sides.Sum(s => s.Statements.Length);

    /// <summary>The topic by date: one row per distinct date (undated last), one cell per side.</summary>
    public ImmutableArray<ComparisonRow> ByDate()
    {
        IEnumerable<DateOnly?> dates = Sides
            .SelectMany(s => s.Statements)
            .Select(r => r.Date)
            .Distinct()
            .OrderBy(d => d is null)
            .ThenBy(d => d);
        return [.. dates.Select(date => new ComparisonRow(
            date,
            [.. Sides.Select(side => side.Statements.Where(r => r.Date == date).ToImmutableArray())]))];
    }

    /// <summary>The earliest date among the statements, or null.</summary>
    internal DateOnly? FirstDate => Sides.SelectMany(s => s.Statements).Min(r => r.Date);

    internal static ImmutableArray<QuoteRecord> Ordered(IEnumerable<QuoteRecord> records) =>
        [.. records
            .OrderBy(r => r.Date is null)
            .ThenBy(r => r.Date)
            .ThenBy(r => r.Article, StringComparer.Ordinal)
            .ThenBy(r => r.Start)];
}
