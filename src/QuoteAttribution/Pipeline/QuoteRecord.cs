namespace QuoteAttribution.Pipeline;

/// <summary>
/// One statement with its speaker: the record every output format writes, field for field and in
/// this order (see DESIGN.md, "The record"). Offsets are UTF-16 offsets into the article text as read.
/// </summary>
public sealed record QuoteRecord
{
    /// <summary>The article id.</summary>
    public required string Article { get; init; }

    /// <summary>Where the article came from: the input file's path as given, or the JSONL <c>url</c>.</summary>
    public string Origin { get; init; } = "";

    /// <summary><c>&lt;article&gt;#&lt;n&gt;</c>, n counting statements in reading order from 1.</summary>
    public required string QuoteId { get; init; }

    /// <summary>Direct, mixed or indirect.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>The statement: the words inside the marks, or the reported content clause.</summary>
    public required string Text { get; init; }

    /// <summary>Offset of <see cref="Text"/> in the article.</summary>
    public required int Start { get; init; }

    /// <summary>Exclusive end offset of <see cref="Text"/> in the article.</summary>
    public required int End { get; init; }

    /// <summary>The resolved speaker: the fullest name, or the description; empty when unresolved.</summary>
    public string Speaker { get; init; } = "";

    /// <summary>A stable key for the same speaker across articles (<c>sergei-lavrov</c>).</summary>
    public string SpeakerId { get; init; } = "";

    /// <summary>Person, organization, anonymous, group or unknown.</summary>
    public SpeakerType SpeakerType { get; init; } = SpeakerType.Unknown;

    /// <summary>The words at this statement that point to the speaker (<c>he</c>, <c>Carter</c>).</summary>
    public string SpeakerMention { get; init; } = "";

    /// <summary>Offset of <see cref="SpeakerMention"/>, or null when there is none.</summary>
    public int? SpeakerStart { get; init; }

    /// <summary>Exclusive end offset of <see cref="SpeakerMention"/>, or null when there is none.</summary>
    public int? SpeakerEnd { get; init; }

    /// <summary>Title or position (<c>Foreign Minister</c>).</summary>
    public string Role { get; init; } = "";

    /// <summary>The country or organisation the role belongs to (<c>Russia</c>).</summary>
    public string Affiliation { get; init; } = "";

    /// <summary>The cue as written (<c>told</c>, <c>according to</c>).</summary>
    public string Cue { get; init; } = "";

    /// <summary>To whom or where, when given (<c>reporters</c>, <c>state TV</c>).</summary>
    public string Addressee { get; init; } = "";

    /// <summary>The statement's date when the article lets it be resolved, else null.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The id of the rule that chose the speaker (<c>trailing-cue</c>).</summary>
    public string Rule { get; init; } = "";

    /// <summary>How likely the speaker is right, 0..1.</summary>
    public double Confidence { get; init; }
}
