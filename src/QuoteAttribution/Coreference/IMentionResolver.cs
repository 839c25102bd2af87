namespace QuoteAttribution.Coreference;

/// <summary>
/// One sieve of mention-to-entity resolution. The sieves run in order, most precise first (as in Lee et al.
/// 2013, Stanford's deterministic coreference): the first that decides names the speaker; one that returns
/// null declines and the next one tries.
/// </summary>
internal interface IMentionResolver
{
    /// <summary>The speaker <paramref name="mention"/> stands for, or null to let the next sieve decide.</summary>
    ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution);
}
