using System.Collections.Frozen;

namespace QuoteAttribution.Compare;

/// <summary>
/// Finds the key terms of a statement: runs of capitalised words (<c>Islamic State</c>, <c>Sergei
/// Lavrov</c>, <c>Raqqa</c>) and acronyms (<c>NATO</c>, <c>U.S.</c>), without titles and function words
/// at their edges. A lone capitalised word at the start of a sentence counts only when the corpus also
/// capitalises it mid-sentence, so <c>Russia</c> counts and <c>Obviously</c> does not. Contractions
/// (<c>I'm</c>, <c>They're</c>), pronouns and function words are never terms. The salient noun phrases
/// of the statement follow the names (<see cref="TopicNounPhrases"/>: <c>immigration</c>, <c>trade deal</c>).
/// </summary>
/// <example>"The American-led coalition has no plan for Raqqa," → <c>American-led</c>, <c>Raqqa</c></example>
internal sealed class KeyTermExtractor
{
    // lower-case key -> how often the corpus capitalises the word mid-sentence, and how often it writes it in
    // lower case: "State" in "Secretary of State" is mostly "state", "Look" at a quote's start mostly "look".
    private readonly FrozenDictionary<string, (int Capitalised, int Lower)> _usage;
    private readonly TopicNounPhrases _nounPhrases;

    private KeyTermExtractor(FrozenDictionary<string, (int Capitalised, int Lower)> usage, TopicNounPhrases nounPhrases)
    {
        _usage = usage;
        _nounPhrases = nounPhrases;
    }

    /// <summary>Learns from <paramref name="texts"/> which words are capitalised mid-sentence.</summary>
    public static KeyTermExtractor Learn(IEnumerable<string> texts)
    {
        Dictionary<string, (int Capitalised, int Lower)> usage = new(StringComparer.Ordinal);
        List<(string Text, KeyTermToken[] Tokens)> statements = [];
        foreach (string text in texts)
        {
            KeyTermToken[] tokens = [.. KeyTermTokenizer.Tokenize(text)];
            statements.Add((text, tokens));
            foreach (KeyTermToken token in tokens.Where(t => !t.IsAcronym))
            {
                (int capitalised, int lower) = usage.GetValueOrDefault(token.Key);
                if (!token.IsCapitalised)
                {
                    usage[token.Key] = (capitalised, lower + 1);
                }
                else if (!token.IsSentenceInitial)
                {
                    usage[token.Key] = (capitalised + 1, lower);
                }
            }
        }

        return new KeyTermExtractor(usage.ToFrozenDictionary(StringComparer.Ordinal), TopicNounPhrases.Learn(statements));
    }

    /// <summary>The distinct key terms of <paramref name="text"/>, in order of appearance.</summary>
    public IReadOnlyList<string> Extract(string text)
    {
        List<string> terms = [];
        List<KeyTermToken> run = [];
        KeyTermToken[] tokens = [.. KeyTermTokenizer.Tokenize(text)];
        for (int i = 0; i < tokens.Length; i++)
        {
            KeyTermToken token = tokens[i];
            if (token.IsContraction)
            {
                Flush(run, terms);
                continue;
            }

            bool joins = run.Count > 0 && token.IsAdjacentTo(run[^1], text);
            if (token.IsCapitalised && (run.Count == 0 || joins))
            {
                run.Add(token);
                continue;
            }

            // "of" links two capitalised runs: "Islamic State of Iraq".
            if (token.Key == "of" && joins && i + 1 < tokens.Length && tokens[i + 1].IsCapitalised
                && tokens[i + 1].IsAdjacentTo(token, text))
            {
                run.Add(token);
                continue;
            }

            Flush(run, terms);
            if (token.IsCapitalised)
            {
                run.Add(token);
            }
        }

        Flush(run, terms);
        _nounPhrases.AddTo(text, tokens, IsOrdinaryWordAtSentenceStart, terms);
        return terms;
    }

    // "Immigration is ..." at a sentence start: a word the corpus writes in lower case more often.
    private bool IsOrdinaryWordAtSentenceStart(KeyTermToken token)
    {
        (int capitalised, int lower) = _usage.GetValueOrDefault(token.Key);
        return token.IsSentenceInitial && lower > capitalised;
    }

    // A title or function word inside a run parts two things: "Russian President Vladimir Putin" is
    // "Russian" and "Vladimir Putin", "The" in "Iowa The Senator" no part of either.
    private void Flush(List<KeyTermToken> run, List<string> terms)
    {
        int start = 0;
        for (int i = 1; i < run.Count - 1; i++)
        {
            if (run[i].IsStopWord && run[i].Key != "of")
            {
                FlushPart(run.GetRange(start, i - start), terms);
                start = i + 1;
            }
        }

        FlushPart(run.GetRange(start, run.Count - start), terms);
        run.Clear();
    }

    private void FlushPart(List<KeyTermToken> run, List<string> terms)
    {
        int first = 0;
        int last = run.Count - 1;
        while (first <= last && run[first].IsStopWord)
        {
            first++;
        }

        while (last >= first && (run[last].IsStopWord || run[last].Key == "of"))
        {
            last--;
        }

        if (first <= last && IsTerm(run, first, last))
        {
            string term = string.Join(' ', run.Skip(first).Take(last - first + 1).Select(t => t.Text));
            if (!terms.Contains(term, StringComparer.OrdinalIgnoreCase))
            {
                terms.Add(term);
            }
        }
    }

    private bool IsTerm(List<KeyTermToken> run, int first, int last)
    {
        if (first < last)
        {
            return true;
        }

        KeyTermToken only = run[first];
        if (only.IsAcronym)
        {
            return true;
        }

        // A lone word is a name when the corpus writes it capitalised mid-sentence at least as often as in
        // lower case; at a sentence start it must have been seen so.
        (int capitalised, int lower) = _usage.GetValueOrDefault(only.Key);
        return only.Text.Length > 1 && lower <= capitalised && (!only.IsSentenceInitial || capitalised > 0);
    }
}
