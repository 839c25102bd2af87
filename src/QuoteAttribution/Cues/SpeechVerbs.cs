using System.Collections.Frozen;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// The speech-verb lexicon (<c>speech-verbs.txt</c>, <c>belief-verbs.txt</c>) with every inflection
/// generated from the lemma: <c>note</c> → notes, noted, noting; <c>deny</c> → denies, denied, denying;
/// irregular forms come from the file (<c>tell told</c>).
/// </summary>
public static class SpeechVerbs
{
    private static readonly FrozenDictionary<string, SpeechVerb> Forms = Build();
    private static readonly FrozenDictionary<string, SpeechVerb>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, SpeechVerb> PhrasalForms = BuildPhrasal();

    private static readonly FrozenDictionary<string, SpeechVerb>.AlternateLookup<ReadOnlySpan<char>> PhrasalLookup =
        PhrasalForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks up a word (any case) as a speech-verb form.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out SpeechVerb verb) => Lookup.TryGetValue(word, out verb);

    /// <summary>
    /// Looks up a verb that speaks only with its particle (<c>fired back</c>, <c>lashed out</c>,
    /// <c>phrasal-speech-verbs.txt</c>): the word must be a form of the verb and the next word its particle.
    /// </summary>
    public static bool TryGetPhrasal(ReadOnlySpan<char> word, ReadOnlySpan<char> next, out SpeechVerb verb) =>
        PhrasalLookup.TryGetValue(word, out verb) && next.Equals(verb.Particle, StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, SpeechVerb> AsComplementForms = BuildAsComplement();

    // Every word of the three lexicons (the as-complement verbs, "cast his rival as a “career politician”", only here),
    // with what it is in each: a token is looked up once, not once per lexicon.
    private static readonly FrozenDictionary<string, SpeechVerbEntry> Entries = BuildEntries();

    private static readonly FrozenDictionary<string, SpeechVerbEntry>.AlternateLookup<ReadOnlySpan<char>> EntryLookup =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every word of running text is looked up here; the shape test answers for most of them.
    private static readonly WordShapes EntryShapes = new(Entries.Keys);

    /// <summary>
    /// The word (any case) in all the speech lexicons at once (<see cref="TryGet"/>, the phrasal verbs, the
    /// as-complement verbs, the speech nouns of <see cref="NounCue"/>), or null when it is in none: what
    /// <see cref="SentenceView"/> keeps per token.
    /// </summary>
    internal static SpeechVerbEntry? EntryOf(ReadOnlySpan<char> word) =>
        EntryShapes.MayContain(word) && EntryLookup.TryGetValue(word, out SpeechVerbEntry? entry) ? entry : null;

    private static FrozenDictionary<string, SpeechVerbEntry> BuildEntries()
    {
        Dictionary<string, SpeechVerbEntry> entries = new(StringComparer.OrdinalIgnoreCase);
        SpeechVerbEntry At(string word) => entries.TryGetValue(word, out SpeechVerbEntry? entry) ? entry : entries[word] = new SpeechVerbEntry();
        foreach ((string word, SpeechVerb verb) in Forms)
        {
            At(word).Verb = verb;
        }

        foreach ((string word, SpeechVerb verb) in PhrasalForms)
        {
            At(word).Phrasal = verb;
        }

        foreach ((string word, SpeechVerb verb) in AsComplementForms)
        {
            At(word).AsComplement = verb;
        }

        // Under one case-insensitive comparer, a word matches noun + "s" exactly when the word minus its last
        // letter matches the noun and that letter is an s in either case; the reader checks the lower-case s.
        foreach (string noun in NounCue.Nouns)
        {
            At(noun).IsNoun = true;
            At(noun + "s").IsPluralNoun = true;
        }

        return entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, SpeechVerb> BuildAsComplement()
    {
        Dictionary<string, SpeechVerb> forms = new(StringComparer.OrdinalIgnoreCase);
        foreach (string line in Lexicon.ReadEntries("as-complement-verbs.txt"))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach ((string word, VerbForm form) in VerbInflections.Of(parts[0], parts[1..]))
            {
                forms.TryAdd(word, new SpeechVerb(parts[0], form, TakesAddressee: false, IsWeak: true, IsBelief: false));
            }
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, SpeechVerb> BuildPhrasal()
    {
        Dictionary<string, SpeechVerb> forms = new(StringComparer.OrdinalIgnoreCase);
        foreach (string line in Lexicon.ReadEntries("phrasal-speech-verbs.txt"))
        {
            // "shoot back shot": the verb, its particle, then any irregular past forms.
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string lemma = parts[0];
            string particle = parts[1];
            foreach ((string word, VerbForm form) in VerbInflections.Of(lemma, parts[2..]))
            {
                forms.TryAdd(word, new SpeechVerb(lemma + " " + particle, form, TakesAddressee: false, IsWeak: true, IsBelief: false) { Particle = particle });
            }
        }

        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, SpeechVerb> Build()
    {
        FrozenSet<string> addressee = Lexicon.Load("addressee-verbs.txt");
        FrozenSet<string> weak = Lexicon.Load("weak-speech-verbs.txt");
        FrozenSet<string> objects = Lexicon.Load("object-speech-verbs.txt");
        Dictionary<string, SpeechVerb> forms = new(StringComparer.OrdinalIgnoreCase);
        void AddAll(string file, bool belief)
        {
            foreach (string line in Lexicon.ReadEntries(file))
            {
                string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string lemma = parts[0];
                foreach ((string word, VerbForm form) in VerbInflections.Of(lemma, parts[1..]))
                {
                    forms.TryAdd(word, new SpeechVerb(lemma, form, addressee.Contains(lemma), weak.Contains(lemma), belief) { TakesObject = objects.Contains(lemma) });
                }
            }
        }

        AddAll("speech-verbs.txt", belief: false);
        AddAll("belief-verbs.txt", belief: true);
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>One word's readings in the speech-verb lexicons; null where the word is not in that lexicon.</summary>
internal sealed class SpeechVerbEntry
{
    public SpeechVerb? Verb { get; set; }

    public SpeechVerb? Phrasal { get; set; }

    public SpeechVerb? AsComplement { get; set; }

    /// <summary>True for a speech noun (<c>claim</c>).</summary>
    public bool IsNoun { get; set; }

    /// <summary>True for a speech noun followed by an s in either case (<c>claims</c>).</summary>
    public bool IsPluralNoun { get; set; }
}
