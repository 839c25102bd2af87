using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// The speech-verb questions the cue rules ask about a word of a <see cref="SentenceView"/>. Each word's
/// <see cref="SpeechVerbEntry"/> is looked up once per sentence and kept in the view.
/// </summary>
internal static class SpeechVerbWords
{
    // A word in no speech-verb lexicon, told apart from a word not looked up yet.
    private static readonly SpeechVerbEntry NoEntry = new();

    private static readonly Func<ReadOnlySpan<char>, SpeechVerbEntry> Lookup = static word => SpeechVerbs.EntryOf(word) ?? NoEntry;

    /// <summary>Looks up word <paramref name="k"/> (any case) as a speech-verb form, like <see cref="SpeechVerbs.TryGet"/>.</summary>
    public static bool TryGetSpeechVerb(this SentenceView s, int k, out SpeechVerb verb)
    {
        SpeechVerb? found = s.Entry(k, Lookup).Verb;
        verb = found.GetValueOrDefault();
        return found.HasValue;
    }

    /// <summary>Word <paramref name="k"/> as a phrasal speech verb whose particle is word <paramref name="k"/> + 1, like <see cref="SpeechVerbs.TryGetPhrasal"/>.</summary>
    public static bool TryGetPhrasal(this SentenceView s, int k, out SpeechVerb verb)
    {
        SpeechVerb? found = s.Entry(k, Lookup).Phrasal;
        verb = found.GetValueOrDefault();
        return found.HasValue && s.Word(k + 1).Equals(verb.Particle, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Word <paramref name="k"/> as a verb that speaks only with an object, "as" and quoted words (<c>as-complement-verbs.txt</c>).</summary>
    public static bool TryGetAsComplement(this SentenceView s, int k, out SpeechVerb verb)
    {
        SpeechVerb? found = s.Entry(k, Lookup).AsComplement;
        verb = found.GetValueOrDefault();
        return found.HasValue;
    }

    /// <summary>
    /// True when word <paramref name="k"/> (any case) is a speech noun, or (longer than three letters) one
    /// followed by a lower-case s.
    /// </summary>
    public static bool IsSpeechNoun(this SentenceView s, int k)
    {
        SpeechVerbEntry entry = s.Entry(k, Lookup);
        ReadOnlySpan<char> word = s.Word(k);
        return entry.IsNoun || (entry.IsPluralNoun && word.Length > 3 && word[^1] == 's');
    }
}
