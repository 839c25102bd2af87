using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

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

    private static readonly FrozenDictionary<string, (SpeechVerb Verb, string Particle)> PhrasalForms = BuildPhrasal();
    private static readonly FrozenDictionary<string, (SpeechVerb Verb, string Particle)>.AlternateLookup<ReadOnlySpan<char>> PhrasalLookup =
        PhrasalForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks up a word (any case) as a speech-verb form.</summary>
    public static bool TryGet(ReadOnlySpan<char> word, out SpeechVerb verb) => Lookup.TryGetValue(word, out verb);

    /// <summary>
    /// Looks up a verb that speaks only with its particle (<c>fired back</c>, <c>lashed out</c>,
    /// <c>phrasal-speech-verbs.txt</c>): the word must be a form of the verb and the next word its particle.
    /// </summary>
    public static bool TryGetPhrasal(ReadOnlySpan<char> word, ReadOnlySpan<char> next, out SpeechVerb verb)
    {
        verb = default;
        if (!PhrasalLookup.TryGetValue(word, out (SpeechVerb Verb, string Particle) entry) || !next.Equals(entry.Particle, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        verb = entry.Verb;
        return true;
    }

    private static FrozenDictionary<string, (SpeechVerb Verb, string Particle)> BuildPhrasal()
    {
        Dictionary<string, (SpeechVerb, string)> forms = new(StringComparer.OrdinalIgnoreCase);
        foreach (string line in Lexicon.ReadEntries("phrasal-speech-verbs.txt"))
        {
            // "shoot back shot": the verb, its particle, then any irregular past forms.
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string lemma = parts[0];
            string particle = parts[1];
            SpeechVerb Make(VerbForm form) => new(lemma + " " + particle, form, TakesAddressee: false, IsWeak: true, IsBelief: false);
            forms.TryAdd(lemma, (Make(VerbForm.Base), particle));
            forms.TryAdd(ThirdPerson(lemma), (Make(VerbForm.ThirdPerson), particle));
            forms.TryAdd(Gerund(lemma), (Make(VerbForm.Gerund), particle));
            foreach (string past in parts.Length > 2 ? parts[2..] : [Past(lemma)])
            {
                forms.TryAdd(past, (Make(VerbForm.Past), particle));
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
                SpeechVerb Make(VerbForm form) =>
                    new(lemma, form, addressee.Contains(lemma), weak.Contains(lemma), belief) { TakesObject = objects.Contains(lemma) };
                forms.TryAdd(lemma, Make(VerbForm.Base));
                forms.TryAdd(ThirdPerson(lemma), Make(VerbForm.ThirdPerson));
                // A listed past that doubles the last consonant doubles it in the gerund too (referred → referring).
                bool doubled = parts.Length > 1 && parts[1] == lemma + lemma[^1] + "ed";
                forms.TryAdd(doubled ? lemma + lemma[^1] + "ing" : Gerund(lemma), Make(VerbForm.Gerund));
                if (parts.Length > 1)
                {
                    foreach (string irregular in parts.Skip(1))
                    {
                        forms.TryAdd(irregular, Make(VerbForm.Past));
                    }
                }
                else
                {
                    forms.TryAdd(Past(lemma), Make(VerbForm.Past));
                }
            }
        }

        AddAll("speech-verbs.txt", belief: false);
        AddAll("belief-verbs.txt", belief: true);
        return forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ies"
        : lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh", StringComparison.Ordinal)
            || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith('z') ? lemma + "es"
        : lemma + "s";

    private static string Past(string lemma) =>
        lemma.EndsWith('e') ? lemma + "d"
        : lemma.EndsWith('y') && !IsVowel(lemma[^2]) ? lemma[..^1] + "ied"
        : DoublesFinal(lemma) ? lemma + lemma[^1] + "ed"
        : lemma + "ed";

    private static string Gerund(string lemma) =>
        lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying"
        : lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) ? lemma[..^1] + "ing"
        : DoublesFinal(lemma) ? lemma + lemma[^1] + "ing"
        : lemma + "ing";

    // Short consonant-vowel-consonant verbs double their last letter (quip → quipped, snap → snapping).
    private static bool DoublesFinal(string lemma) =>
        lemma.Length <= 4 && lemma.Length >= 3 && !IsVowel(lemma[^1]) && lemma[^1] is not ('w' or 'x' or 'y')
        && IsVowel(lemma[^2]) && !IsVowel(lemma[^3]);
}
