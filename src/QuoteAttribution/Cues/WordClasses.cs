using System.Collections.Frozen;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// The closed word classes and verb classes the cue patterns read, each from one <c>Lexicons/*.txt</c> file,
/// loaded once. Sets ignore case unless they say otherwise.
/// </summary>
internal static class WordClasses
{
    /// <summary>Auxiliaries and adverbs that may stand between a speaker and the verb (<c>has also said</c>).</summary>
    public static readonly WordSet BetweenSubjectAndVerb = Set("cue-between-subject-and-verb.txt");

    /// <summary>Forms of <c>be</c>: <c>was told</c> is passive, its subject the listener.</summary>
    public static readonly WordSet Passive = Set("cue-passive.txt");

    /// <summary>Function words a noun phrase never runs across.</summary>
    public static readonly WordSet PhraseBreaks = Set("cue-phrase-breaks.txt");

    /// <summary>Determiners and quantifiers that may open a noun phrase.</summary>
    public static readonly WordSet Determiners = Set("cue-determiners.txt");

    /// <summary>Personal pronouns that can be speakers.</summary>
    public static readonly WordSet Pronouns = Set("cue-pronouns.txt");

    /// <summary>Words that open an adverbial after the verb (<c>at a briefing</c>, <c>on Thursday</c>).</summary>
    public static readonly WordSet AdverbialOpeners = Set("cue-adverbial-openers.txt");

    /// <summary>Sentence connectives trimmed from the front of a speaker (<c>But</c>, <c>Meanwhile</c>).</summary>
    public static readonly WordSet Connectives = Set("cue-connectives.txt");

    /// <summary>Words that open a subordinate clause of circumstance (<c>as he arrived</c>).</summary>
    public static readonly WordSet Subordinators = Set("cue-subordinators.txt");

    /// <summary>Auxiliaries, modals and copulas: a clause that has one states something.</summary>
    public static readonly WordSet Auxiliaries = Set("cue-auxiliaries.txt");

    /// <summary>Irregular past-tense verbs (<c>rose</c>, <c>came</c>): a reported clause that has one states something.</summary>
    public static readonly WordSet IrregularPast = Set("cue-irregular-past.txt");

    /// <summary>Time words that may follow a verb before its content (<c>said Thursday that</c>).</summary>
    public static readonly WordSet TimeWords = Set("cue-time-words.txt");

    /// <summary>Finite forms of <c>be</c> before a gerund: <c>is reporting</c> is progressive, its subject the speaker.</summary>
    public static readonly WordSet Copulas = Set("cue-copulas.txt");

    /// <summary>Prepositions that open an adverbial between "and" and a verb (<c>and in a written reply said</c>).</summary>
    public static readonly WordSet AdverbialPrepositions = Set("cue-adverbial-prepositions.txt");

    /// <summary>Number words after an approximator (<c>about two dozen</c>).</summary>
    public static readonly WordSet NumberWords = Set("cue-number-words.txt");

    /// <summary>Object pronouns of a naming verb (<c>called it a mistake</c>).</summary>
    public static readonly WordSet ObjectPronouns = Set("cue-object-pronouns.txt");

    /// <summary>Words of time and count after <c>called him a</c>: a call's when and how often, not a judgement.</summary>
    public static readonly WordSet CountWords = Set("cue-count-words.txt");

    /// <summary>Prepositions before a speech gerund whose speaker is the sentence's subject (<c>by calling</c>).</summary>
    public static readonly WordSet GerundPrepositions = Set("cue-gerund-prepositions.txt");

    /// <summary>Short words a title leaves in lower case (<c>Meet the Press</c>); case-sensitive.</summary>
    public static readonly WordSet TitleJoiners = CaseSensitiveSet(Lexicon.ReadEntries("cue-title-joiners.txt"));

    /// <summary>Lemmas of directive verbs, whose content is the infinitive after the object (<c>urged residents to vote</c>).</summary>
    public static readonly WordSet DirectiveVerbs = CaseSensitiveSet(Lexicon.ReadEntries("directive-verbs.txt"));

    /// <summary>Lemmas of commissive verbs, whose content is the infinitive (<c>vowed to “end” the levy</c>).</summary>
    public static readonly WordSet CommissiveVerbs = CaseSensitiveSet(Lexicon.ReadEntries("commissive-verbs.txt"));

    /// <summary>Every form of the causing verbs, whose named object speaks (<c>prompted Lee to say</c>); case-sensitive.</summary>
    public static readonly WordSet CausingVerbs = CaseSensitiveSet(Inflected("causing-verbs.txt"));

    /// <summary>
    /// Every finite or base form of the catenative verbs, whose subject speaks through the infinitive after
    /// them (<c>continued to portray</c>, <c>sought to cast</c>); case-sensitive. The gerund is left out: "is
    /// continuing to" is read by the passive and progressive patterns like any "be" before a verb.
    /// </summary>
    public static readonly WordSet Catenatives = CaseSensitiveSet(Lexicon.ReadEntries("catenative-verbs.txt").Select(line => line.Split(' '))
        .SelectMany(parts => VerbInflections.Of(parts[0], parts[1..])).Where(f => f.Form != VerbForm.Gerund).Select(f => f.Word));

    /// <summary>Nouns in -ly ("family", "ally", "assembly"): no adverb, whatever their ending.</summary>
    public static readonly WordSet LyNouns = Set("cue-ly-nouns.txt");

    /// <summary>
    /// True for an adverb in -ly ("quickly", "reportedly"): the one place that reads a word's ending as an
    /// adverb, so a noun in -ly ("The family said") is never skipped as one.
    /// </summary>
    public static bool IsLyAdverb(ReadOnlySpan<char> word) =>
        word.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(word);

    // The span lookup is made once: asking the set for it on every word costs a type test each time.
    private static WordSet Set(string file) =>
        new(Lexicon.Load(file));

    private static WordSet CaseSensitiveSet(IEnumerable<string> words) =>
        new(words.ToFrozenSet(StringComparer.Ordinal));

    // "lead led": a lemma, then its irregular pasts.
    private static IEnumerable<string> Inflected(string file) =>
        Lexicon.ReadEntries(file).Select(line => line.Split(' ')).SelectMany(parts => VerbInflections.Of(parts[0], parts[1..]).Select(f => f.Word));
}
