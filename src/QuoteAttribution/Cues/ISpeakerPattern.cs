namespace QuoteAttribution.Cues;

/// <summary>
/// One way a speech verb's speaker is found (<c>..., said Tom Reyes.</c>, <c>Reyes, who ..., said</c>), or one
/// reason the verb is no cue at all (a veto: <c>he would not say</c>). The patterns run in the order of a
/// <see cref="SpeakerPatternList"/>; the first that decides wins.
/// </summary>
internal interface ISpeakerPattern
{
    /// <summary>Stable kebab-case id, used by the cue spec examples (<c>fixtures/specs/cues/</c>).</summary>
    string Name { get; }

    /// <summary>Reads the verb at <paramref name="site"/>: a cue, a veto, or <see cref="PatternResult.Pass"/> for the next pattern.</summary>
    PatternResult Read(VerbSite site);
}

/// <summary>What a speaker pattern made of a verb: nothing (the next pattern reads it), or a decision, which is a cue or none.</summary>
internal readonly record struct PatternResult(bool Decided, Cue? Cue)
{
    /// <summary>Not this pattern's sentence shape: the next pattern reads the verb.</summary>
    public static PatternResult Pass => default;

    /// <summary>The verb is no cue; no later pattern reads it.</summary>
    public static PatternResult Veto => new(true, null);

    /// <summary>The verb's cue (none when <paramref name="cue"/> is null); no later pattern reads it.</summary>
    public static PatternResult Found(Cue? cue) => new(true, cue);
}
