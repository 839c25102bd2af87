namespace QuoteAttribution.Cues;

/// <summary>The inflection of a speech verb as written.</summary>
public enum VerbForm
{
    /// <summary><c>say</c>.</summary>
    Base,

    /// <summary><c>says</c>.</summary>
    ThirdPerson,

    /// <summary><c>said</c> (past tense or participle).</summary>
    Past,

    /// <summary><c>saying</c>.</summary>
    Gerund,
}

/// <summary>A recognised speech verb.</summary>
/// <param name="Lemma">Its dictionary form (<c>say</c>).</param>
/// <param name="Form">The inflection as written.</param>
/// <param name="TakesAddressee">True for verbs whose object is the listener (<c>tell</c>).</param>
/// <param name="IsWeak">True for verbs that cue a statement only beside a quotation or before <c>that</c>.</param>
/// <param name="IsBelief">True for verbs of thinking (<c>believe</c>).</param>
public readonly record struct SpeechVerb(string Lemma, VerbForm Form, bool TakesAddressee, bool IsWeak, bool IsBelief)
{
    /// <summary>
    /// True for verbs that take a noun object as often as a content clause (<c>denied the report</c>,
    /// <c>announced plans to close</c>): without <c>that</c>, their content must read as a clause.
    /// </summary>
    public bool TakesObject { get; init; }

    /// <summary>The particle a phrasal speech verb speaks with (<c>back</c> in <c>fired back</c>), or null.</summary>
    public string? Particle { get; init; }
}
