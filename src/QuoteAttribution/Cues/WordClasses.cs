using System.Collections.Frozen;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Cues;

/// <summary>The closed word classes the cue patterns read (<c>cue-words.txt</c> sections).</summary>
internal static class WordClasses
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Sections = Load();

    /// <summary>Auxiliaries and adverbs that may stand between a speaker and the verb (<c>has also said</c>).</summary>
    public static readonly FrozenSet<string> BetweenSubjectAndVerb = Sections["between-subject-and-verb"];

    /// <summary>Forms of <c>be</c>: <c>was told</c> is passive, its subject the listener.</summary>
    public static readonly FrozenSet<string> Passive = Sections["passive"];

    /// <summary>Function words a noun phrase never runs across.</summary>
    public static readonly FrozenSet<string> PhraseBreaks = Sections["phrase-breaks"];

    /// <summary>Determiners and quantifiers that may open a noun phrase.</summary>
    public static readonly FrozenSet<string> Determiners = Sections["determiners"];

    /// <summary>Personal pronouns that can be speakers.</summary>
    public static readonly FrozenSet<string> Pronouns = Sections["pronouns"];

    /// <summary>Words that open an adverbial after the verb (<c>at a briefing</c>, <c>on Thursday</c>).</summary>
    public static readonly FrozenSet<string> AdverbialOpeners = Sections["adverbial-openers"];

    /// <summary>Sentence connectives trimmed from the front of a speaker (<c>But</c>, <c>Meanwhile</c>).</summary>
    public static readonly FrozenSet<string> Connectives = Sections["connectives"];

    /// <summary>Time words that may follow a verb before its content (<c>said Thursday that</c>).</summary>
    public static readonly FrozenSet<string> TimeWords = Sections["time-words"];

    private static FrozenDictionary<string, FrozenSet<string>> Load()
    {
        Dictionary<string, List<string>> sections = new(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (string line in LexiconFile.Lines("cue-words.txt"))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = [];
                sections[line[1..^1]] = current;
            }
            else
            {
                current?.Add(line);
            }
        }

        return sections.ToFrozenDictionary(
            pair => pair.Key,
            pair => pair.Value.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal);
    }
}
