namespace QuoteAttribution.Pipeline;

/// <summary>What kind of source a speaker is.</summary>
public enum SpeakerType
{
    /// <summary>No speaker could be resolved.</summary>
    Unknown,

    /// <summary>A named or described person.</summary>
    Person,

    /// <summary>A ministry, agency, company, newspaper or other body.</summary>
    Organization,

    /// <summary>An unnamed source (<c>a military source</c>, <c>one of the officials</c>).</summary>
    Anonymous,

    /// <summary>A plural, unnamed set of people (<c>Rebels</c>, <c>observers</c>).</summary>
    Group,

    /// <summary>A report, poll, study, memo or other text whose author is not named (<c>the memo</c>).</summary>
    Document,
}
