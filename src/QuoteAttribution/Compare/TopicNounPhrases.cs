using System.Collections.Frozen;
using QuoteAttribution.Cues;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Compare;

/// <summary>
/// The salient noun phrases of statements, as topics beside the names (<c>immigration</c>, <c>trade
/// deal</c> for "the trade deal", <c>taxes</c>): in each run of lower-case content words, its last
/// noun and the noun before it when there is one. No tagger is needed: a word is a noun when the run's
/// statements often write it as the last word of a phrase a determiner or preposition opens ("the
/// deal.", "on immigration,", "about taxes and"), which verbs and adjectives seldom are. Pronouns,
/// contractions, function words and titles (<c>topic-stop-words.txt</c>), number words, -ly adverbs,
/// superlatives and words too general to be a topic (<c>topic-common-words.txt</c>: "thing", "people",
/// "the best") are never part of one.
/// </summary>
/// <example>
/// Learnt from "We need a better plan on immigration." and "Immigration is the issue." ... →
/// "They failed on immigration and taxes" names <c>immigration</c> (and <c>taxes</c> when it is a noun there too).
/// </example>
internal sealed class TopicNounPhrases
{
    // A noun closes an opened phrase at least this often, and in at least this share of its uses.
    private const int MinEvidence = 2;
    private const double MinShare = 0.25;
    private const double IngShare = 0.5;

    // Words of a phrase opened by a determiner that still tell what closed it.
    private const int MaxOpenedWords = 3;

    private static readonly FrozenSet<string> Openers = Lexicon.Load("topic-phrase-openers.txt");
    private static readonly FrozenSet<string> Common = Lexicon.Load("topic-common-words.txt");

    private readonly FrozenSet<string> _nouns;

    // Two nouns that close opened phrases together ("the trade deal", "on immigration reform").
    private readonly FrozenSet<string> _compounds;

    private TopicNounPhrases(FrozenSet<string> nouns, FrozenSet<string> compounds)
    {
        _nouns = nouns;
        _compounds = compounds;
    }

    /// <summary>Learns which words are nouns from every statement of the run (tokens by statement).</summary>
    public static TopicNounPhrases Learn(IEnumerable<(string Text, KeyTermToken[] Tokens)> statements)
    {
        Dictionary<string, (int Closes, int Uses)> counts = new(StringComparer.Ordinal);
        Dictionary<string, int> pairs = new(StringComparer.Ordinal);
        foreach ((string text, KeyTermToken[] tokens) in statements)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                if (IsContent(tokens[i], tokens[i].IsCapitalised))
                {
                    (int closes, int uses) = counts.GetValueOrDefault(tokens[i].Key);
                    counts[tokens[i].Key] = (closes, uses + 1);
                }
                else if (Openers.Contains(tokens[i].Key) && ClosedBy(tokens, i, text) is int last)
                {
                    (int closes, int uses) = counts.GetValueOrDefault(tokens[last].Key);
                    counts[tokens[last].Key] = (closes + 1, uses);
                    if (last >= i + 2)
                    {
                        string pair = Pair(tokens, last);
                        pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                    }
                }
            }
        }

        FrozenSet<string> nouns = counts
            .Where(c => c.Value.Closes >= MinEvidence && c.Value.Closes >= ShareNeeded(c.Key) * c.Value.Uses && !IsSuperlative(c.Key, counts))
            .Select(c => c.Key)
            .ToFrozenSet(StringComparer.Ordinal);
        return new TopicNounPhrases(nouns, pairs.Where(p => p.Value >= MinEvidence).Select(p => p.Key).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>True when the run's statements use <paramref name="word"/> (lower case) as a noun.</summary>
    public bool IsNoun(string word) => _nouns.Contains(word);

    /// <summary>
    /// Adds the noun phrases of <paramref name="tokens"/> to <paramref name="terms"/> (lower case, each
    /// once); <paramref name="isLower"/> says whether a capitalised token is an ordinary word at a
    /// sentence start ("Immigration is ...") rather than a name.
    /// </summary>
    public void AddTo(string text, KeyTermToken[] tokens, Func<KeyTermToken, bool> isLower, List<string> terms)
    {
        int start = 0;
        while (start < tokens.Length)
        {
            if (!IsContent(tokens[start], tokens[start].IsCapitalised && !isLower(tokens[start])))
            {
                start++;
                continue;
            }

            int end = start + 1;
            while (end < tokens.Length && tokens[end].IsAdjacentTo(tokens[end - 1], text) && IsContent(tokens[end], tokens[end].IsCapitalised))
            {
                end++;
            }

            if (PhraseIn(tokens, start, end) is { } phrase && !terms.Contains(phrase, StringComparer.OrdinalIgnoreCase))
            {
                terms.Add(phrase);
            }

            start = end;
        }
    }

    // The last noun of the run [start, end), with the word before it when the two close opened phrases
    // together often enough to be one ("cut the trade deal" → "trade deal", "raise taxes" → "taxes"),
    // unless that word is a verb form in -ing ("creating jobs" is about jobs).
    private string? PhraseIn(KeyTermToken[] tokens, int start, int end)
    {
        for (int head = end - 1; head >= start; head--)
        {
            if (_nouns.Contains(tokens[head].Key))
            {
                bool compound = head > start && _compounds.Contains(Pair(tokens, head)) && IsModifier(tokens[head - 1].Key);
                return compound ? Pair(tokens, head) : tokens[head].Key;
            }
        }

        return null;
    }

    private bool IsModifier(string word) => _nouns.Contains(word) || !word.EndsWith("ing", StringComparison.Ordinal);

    private static string Pair(KeyTermToken[] tokens, int last) => tokens[last - 1].Key + " " + tokens[last].Key;

    // A form in -ing closes phrases as a noun ("the spending", "the meeting") or as a verb after a
    // preposition ("for keeping"): it must do so in half its uses.
    private static double ShareNeeded(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) ? IngShare : MinShare;

    // "greatest", "largest", "biggest": the corpus also writes the adjective it is formed from.
    private static bool IsSuperlative(string word, Dictionary<string, (int Closes, int Uses)> counts)
    {
        if (word.Length < 6 || !word.EndsWith("est", StringComparison.Ordinal))
        {
            return false;
        }

        string stem = word[..^3];
        return counts.ContainsKey(stem) || counts.ContainsKey(stem + "e") || Common.Contains(stem)
            || (stem[^1] == stem[^2] && (counts.ContainsKey(stem[..^1]) || Common.Contains(stem[..^1])));
    }

    // The last word of the content run right after the opener at i, when the run ends by itself (at a
    // function word, a mark or the end) rather than at the length limit; null when there is none.
    private static int? ClosedBy(KeyTermToken[] tokens, int opener, string text)
    {
        int j = opener + 1;
        while (j < tokens.Length && j - opener <= MaxOpenedWords && tokens[j].IsAdjacentTo(tokens[j - 1], text) && IsContent(tokens[j], tokens[j].IsCapitalised))
        {
            j++;
        }

        bool closed = j == tokens.Length || !tokens[j].IsAdjacentTo(tokens[j - 1], text) || !IsContent(tokens[j], tokens[j].IsCapitalised);
        return j > opener + 1 && closed ? j - 1 : null;
    }

    // A lower-case word of three letters or more, hyphens allowed, that is no function word, pronoun,
    // title, contraction or general word.
    private static bool IsContent(KeyTermToken token, bool capitalised) =>
        !capitalised && !token.IsAcronym && token.Text.Length >= 3 && !token.IsContraction
        && token.Text.All(c => char.IsLetter(c) || c == '-')
        && !TopicStopWords.Words.Contains(token.Key) && !Openers.Contains(token.Key) && !Common.Contains(token.Key)
        && !WordClasses.NumberWords.Contains(token.Key) && !WordClasses.IsLyAdverb(token.Key);
}
