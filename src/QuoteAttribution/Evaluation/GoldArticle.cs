using System.Collections.Immutable;

namespace QuoteAttribution.Evaluation;

/// <summary>One annotated article of a gold file (the schema of <c>eval/data/README.md</c>).</summary>
/// <param name="Id">The article id; system records name it in their <c>article</c> field.</param>
/// <param name="Text">The article text exactly as annotated.</param>
/// <param name="Statements">The annotated statements, in file order.</param>
public sealed record GoldArticle(string Id, string Text, ImmutableArray<GoldStatement> Statements);

/// <summary>
/// One annotated statement. Unlike every other offset in this library, gold offsets count Unicode
/// code points (Python <c>str</c> offsets), not UTF-16 code units.
/// </summary>
/// <param name="Start">Code point offset of the statement.</param>
/// <param name="End">Exclusive code point end of the statement.</param>
/// <param name="Text">The annotated statement text.</param>
/// <param name="Speaker">The annotated speaker (surface or resolved, by corpus), or null when none.</param>
/// <param name="SpeakerStart">Code point offset of the speaker mention, or null when it has no span.</param>
/// <param name="SpeakerEnd">Exclusive code point end of the speaker mention, or null.</param>
/// <param name="Kind"><c>direct</c>, <c>mixed</c> or <c>indirect</c>; a missing kind reads as <c>indirect</c>.</param>
public sealed record GoldStatement(
    int Start,
    int End,
    string Text,
    string? Speaker,
    int? SpeakerStart,
    int? SpeakerEnd,
    string Kind);
