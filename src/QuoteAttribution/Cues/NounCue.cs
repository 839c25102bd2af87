using System.Collections.Frozen;
using QuoteAttribution.Lexicons;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// Finds speech nouns after a possessive name (<c>Reyes's recent claim that</c>, <c>Lee’s pledge to</c>,
/// <c>Adler's call for</c>): the name is the speaker and the words after <c>that</c>, <c>to</c> or <c>for</c>
/// are what was said. These cues stay out of the sentence's verb cues: they bound no clause and name no
/// speaker for quotes nearby.
/// </summary>
internal static class NounCue
{
    // "Reyes's recent, often repeated claim": at most this many modifiers between the possessive and the noun.
    private const int MaxModifiers = 2;

    /// <summary>The speech nouns (<c>speech-nouns.txt</c>), any case; a word in -s is also read as their plural.</summary>
    internal static FrozenSet<string> Nouns { get; } = Lexicon.Load("speech-nouns.txt");

    public static List<Cue> Find(SentenceView s)
    {
        List<Cue> cues = [];
        for (int k = 0; k < s.Count; k++)
        {
            if (s.IsWord(k) && char.IsLower(s.Word(k)[0]) && s.IsSpeechNoun(k) && Build(s, k) is { } cue)
            {
                cues.Add(cue);
            }
        }

        return cues;
    }

    private static Cue? Build(SentenceView s, int k)
    {
        if (s.Is(k + 1, "by"))
        {
            return ByAgent(s, k);
        }

        int content = ContentStart(s, k + 1);
        if (content < 0)
        {
            return null;
        }

        // Lower-case modifiers back to the possessive: "Reyes's controversial pledge".
        int owner = k - 1;
        while (owner >= 0 && k - owner <= MaxModifiers && s.IsWord(owner) && char.IsLower(s.Word(owner)[0]) && !WordClasses.PhraseBreaks.Contains(s.Word(owner)))
        {
            owner--;
        }

        // "Reyes's" is one token; "Sanders’" is the name and a possessive mark.
        int nameEnd;
        TextSpan name;
        if (s.IsWord(owner) && s.Word(owner) is [.., '\'' or '\u2019', 's' or 'S'] possessive)
        {
            nameEnd = owner;
            name = new TextSpan(s.Tokens[owner].Span.Start, possessive.Length - 2);
        }
        else if (s.IsQuoteMark(owner) && !s.InQuote[owner] && s.IsWord(owner - 1) && s.Word(owner - 1) is [.., 's'] && s.Tokens[owner - 1].Span.End == s.Tokens[owner].Span.Start)
        {
            nameEnd = owner - 1;
            name = s.Tokens[owner - 1].Span;
        }
        else
        {
            return null;
        }

        // Only a capitalised name speaks: "the agency's warning" or "his claim" leave the speaker to a reader.
        // A sentence opener before the name ("While Reyes's call", "But Lee's") is no part of it.
        int start = nameEnd;
        while (start - 1 >= 0 && s.IsWord(start - 1) && s.IsCapitalized(start - 1) && nameEnd - start < 3 && !IsOpener(s.Word(start - 1)))
        {
            start--;
        }

        if (!s.IsCapitalized(nameEnd) || IsOpener(s.Word(nameEnd)))
        {
            return null;
        }

        return Noun(s, k, TextSpan.FromBounds(s.Tokens[start].Span.Start, name.End), start, content);
    }

    /// <summary>
    /// "the claim by Ann Lee that ...", "accusations by the union that ...": the agent after "by" speaks, a
    /// description as well as a name, when "that" or "to" follows it.
    /// </summary>
    private static Cue? ByAgent(SentenceView s, int k)
    {
        int end = s.IsWord(k + 2) ? NounPhrases.EndOfPhraseStartingAt(s, k + 2) : -1;
        int content = end >= k + 2 ? ContentStart(s, end + 1) : -1;
        return content < 0 || s.Is(end + 1, "for") || NounPhrases.IsPronoun(s, k + 2, end) ? null : Noun(s, k, s.Span(k + 2, end), k, content);
    }

    private static Cue Noun(SentenceView s, int k, TextSpan speaker, int clauseStart, int content) => new()
    {
        Sentence = s.Sentence.Index,
        Trigger = s.Tokens[k].Span,
        Lemma = s.Word(k).ToString(),
        Kind = CueKind.SubjectVerb,
        IsWeak = true,
        IsTopic = true,
        Speaker = speaker,
        ClauseStart = s.Tokens[clauseStart].Span.Start,
        ClauseEnd = s.Tokens[k].Span.End,
        ContentAfterStart = s.Tokens[content].Span.Start,
    };

    private static bool IsOpener(ReadOnlySpan<char> word) =>
        WordClasses.Connectives.Contains(word) || WordClasses.Subordinators.Contains(word) || WordClasses.AdverbialOpeners.Contains(word);

    /// <summary>The token the content starts at after the noun: "that ...", "to" and a verb, or what "for" is for.</summary>
    private static int ContentStart(SentenceView s, int k)
    {
        if (s.Is(k, "that") || s.Is(k, "to") && s.IsWord(k + 1) && char.IsLower(s.Word(k + 1)[0]) && !WordClasses.Determiners.Contains(s.Word(k + 1)))
        {
            return k;
        }

        return s.Is(k, "for") && k + 1 < s.Count && (s.IsWord(k + 1) || s.IsQuoteMark(k + 1)) ? k + 1 : -1;
    }
}
