using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// A speech cue in a sentence, with the words around it that name the speaker, the listener and the
/// reported content.
/// </summary>
public sealed record Cue
{
    /// <summary>Index of the sentence that holds the cue.</summary>
    public required int Sentence { get; init; }

    /// <summary>The cue as written (<c>said</c>, <c>according to</c>, <c>as saying</c>).</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>The speech verb's lemma, or the cue phrase (<c>according to</c>).</summary>
    public required string Lemma { get; init; }

    /// <summary>The pattern the cue was found in.</summary>
    public required CueKind Kind { get; init; }

    /// <summary>True when the verb only cues speech beside a quotation or before <c>that</c>.</summary>
    public bool IsWeak { get; init; }

    /// <summary>True for a verb of thinking (<c>believes</c>): a statement only with quoted words, unless beliefs are included.</summary>
    public bool IsBelief { get; init; }

    /// <summary>True when the verb takes a noun object as often as a content clause (<c>denied the report</c>).</summary>
    public bool TakesObject { get; init; }

    /// <summary>The words that name the speaker, when found.</summary>
    public TextSpan? Speaker { get; init; }

    /// <summary>
    /// The relative pronoun that stands for the speaker at the verb (<c>who</c> in <c>Reyes, who said</c>):
    /// the words at the statement that point to the speaker named by <see cref="Speaker"/>.
    /// </summary>
    public TextSpan? Relative { get; init; }

    /// <summary>An appositive that describes the speaker (<c>the U.S. defense secretary</c>).</summary>
    public TextSpan? Appositive { get; init; }

    /// <summary>The listener or venue (<c>reporters</c>, <c>state TV</c>).</summary>
    public TextSpan? Addressee { get; init; }

    /// <summary>Where the words after the cue start (after the listener, adverbials and <c>that</c>).</summary>
    public int ContentAfterStart { get; init; } = -1;

    /// <summary>True when the content is what the speaker asked someone to do (<c>urged people to vote</c>).</summary>
    public bool IsDirective { get; init; }

    /// <summary>
    /// True when the content is what the speaker talked about (<c>joked about the “secret menu”</c>): a
    /// statement only when it holds quoted words.
    /// </summary>
    public bool IsTopic { get; init; }

    /// <summary>
    /// True when the content is a naming verb's judgement of its object (<c>called the plan a giveaway</c>): a
    /// statement with or without quoted words.
    /// </summary>
    public bool IsComplement { get; init; }

    /// <summary>True when a <c>that</c> introduces the content after the cue.</summary>
    public bool HasThat { get; init; }

    /// <summary>Where the cue's clause starts (the speaker, or the verb when the speaker follows it).</summary>
    public required int ClauseStart { get; init; }

    /// <summary>Where the cue's clause ends (after the speaker in <c>said X</c>).</summary>
    public required int ClauseEnd { get; init; }
}

/// <summary>The sentence pattern a cue was found in.</summary>
public enum CueKind
{
    /// <summary><c>X said ...</c> / <c>..., X said.</c></summary>
    SubjectVerb,

    /// <summary><c>..., said X.</c></summary>
    Inverted,

    /// <summary><c>according to X</c>.</summary>
    AccordingTo,

    /// <summary><c>quoted X as saying</c>.</summary>
    AsSaying,

    /// <summary><c>..., adding that ...</c>: the speaker is the main clause's.</summary>
    Participle,

    /// <summary><c>... and added that ...</c>: the speaker is the earlier verb's.</summary>
    Coordinated,

    /// <summary><c>Lavrov: Only Syria has asked for Russian military support</c> (a headline).</summary>
    Headline,

    /// <summary><c>We cannot keep rebuilding the wall. Dana Whitlock, Port Alder harbour master</c>: a paragraph signed by its speaker.</summary>
    Signature,
}
