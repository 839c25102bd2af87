using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Cues;

/// <summary>The closed word classes the cue patterns read (<c>Lexicons/cue-*.txt</c>).</summary>
internal static class WordClasses
{
    /// <summary>Auxiliaries and adverbs that may stand between a speaker and the verb (<c>has also said</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BetweenSubjectAndVerb = Set("cue-between-subject-and-verb.txt");

    /// <summary>Forms of <c>be</c>: <c>was told</c> is passive, its subject the listener.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Passive = Set("cue-passive.txt");

    /// <summary>Function words a noun phrase never runs across.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseBreaks = Set("cue-phrase-breaks.txt");

    /// <summary>Determiners and quantifiers that may open a noun phrase.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set("cue-determiners.txt");

    /// <summary>Personal pronouns that can be speakers.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = Set("cue-pronouns.txt");

    /// <summary>Words that open an adverbial after the verb (<c>at a briefing</c>, <c>on Thursday</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbialOpeners = Set("cue-adverbial-openers.txt");

    /// <summary>Sentence connectives trimmed from the front of a speaker (<c>But</c>, <c>Meanwhile</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectives = Set("cue-connectives.txt");

    /// <summary>Words that open a subordinate clause of circumstance (<c>as he arrived</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = Set("cue-subordinators.txt");

    /// <summary>Auxiliaries, modals and copulas: a clause that has one states something.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set("cue-auxiliaries.txt");

    /// <summary>Irregular past-tense verbs (<c>rose</c>, <c>came</c>): a reported clause that has one states something.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPast = Set("cue-irregular-past.txt");

    /// <summary>Time words that may follow a verb before its content (<c>said Thursday that</c>).</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords = Set("cue-time-words.txt");

    // The span lookup is made once: asking the set for it on every word costs a type test each time.
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string file) =>
        Lexicon.Load(file).GetAlternateLookup<ReadOnlySpan<char>>();
}
