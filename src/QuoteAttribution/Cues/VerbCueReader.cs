using System.Collections.Immutable;

namespace QuoteAttribution.Cues;

/// <summary>Reads a speech verb with a frozen list of speaker patterns: the first that decides wins.</summary>
internal sealed class VerbCueReader(ImmutableArray<ISpeakerPattern> patterns)
{
    /// <summary>The patterns in the order they are tried.</summary>
    public ImmutableArray<ISpeakerPattern> Patterns => patterns;

    /// <summary>The cue of the verb at <paramref name="site"/>, or null; <paramref name="decidedBy"/> names the pattern that decided (null when none did).</summary>
    public Cue? Read(VerbSite site, out ISpeakerPattern? decidedBy)
    {
        foreach (ISpeakerPattern pattern in patterns)
        {
            PatternResult result = pattern.Read(site);
            if (result.Decided)
            {
                decidedBy = pattern;
                return result.Cue;
            }
        }

        decidedBy = null;
        return null;
    }
}
