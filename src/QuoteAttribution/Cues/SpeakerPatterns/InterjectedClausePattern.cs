using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A subordinate clause or a prepositional phrase set off by commas right before the verb: the name or pronoun
/// that opens the sentence before it speaks (<c>Ann Lee, in a statement on Friday, said</c>). The phrase may
/// run over further commas (<c>Ann Roe, of Springfield, Mo., and a member of the board, said</c>) as long as
/// it holds no verb of its own.
/// </summary>
/// <example>Ann Lee, when asked about the tolls, replied that they would stay. → Ann Lee</example>
internal sealed class InterjectedClausePattern : ISpeakerPattern
{
    private const int MaxInterjectionTokens = 30;

    public string Name => "interjected-clause";

    public PatternResult Read(VerbSite site)
    {
        SentenceView s = site.View;
        int j = site.Head;
        return s.IsPunct(j, ',') && Subject(s, j) is (int from, int to)
            ? PatternResult.Found(site.WithContent(site.Basic with { Speaker = s.Span(from, to), ClauseStart = s.Tokens[from].Span.Start }))
            : PatternResult.Pass;
    }

    /// <summary>The subject before the clause or phrase that ends at <paramref name="comma"/>, or null.</summary>
    private static (int From, int To)? Subject(SentenceView s, int comma)
    {
        bool nearest = true;
        bool verb = false;
        for (int c = comma - 2; c > 0 && comma - c < MaxInterjectionTokens; c--)
        {
            if (!s.IsPunct(c, ','))
            {
                verb |= !IsPlainToken(s, c);
                continue;
            }

            bool lowerOpener = s.IsWord(c + 1) && char.IsLower(s.Word(c + 1)[0]);
            if (nearest && lowerOpener && WordClasses.Subordinators.Contains(s.Word(c + 1)))
            {
                // "Ann Lee, when asked about the tolls, replied": a subordinate clause may hold a verb.
                return comma - c < 20 ? NamedOpener(s, c) : null;
            }

            nearest = false;

            // "Ann Lee, in a statement on Friday, said", "Ann Roe, of Springfield, Mo., and ..., said": a phrase
            // with no verb of its own that opens with a preposition after the name.
            bool preposition = lowerOpener && (WordClasses.AdverbialPrepositions.Contains(s.Word(c + 1)) || s.Is(c + 1, "of") || s.Is(c + 1, "from"));
            if (verb)
            {
                return null;
            }

            if (preposition && NamedOpener(s, c) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>The name or pronoun that opens the sentence and ends right before <paramref name="comma"/>, or null.</summary>
    private static (int From, int To)? NamedOpener(SentenceView s, int comma)
    {
        if (!s.IsWord(comma - 1))
        {
            return null;
        }

        int start = NounPhrases.StartOfPhraseEndingAt(s, comma - 1);
        bool opensSentence = start == s.FirstWord || (start == s.FirstWord + 1 && WordClasses.Connectives.Contains(s.Word(s.FirstWord)))
            || (start >= 0 && start == FrontedPhrase.SubjectStart(s));
        bool named = start >= 0 && (NounPhrases.IsAllCapitalized(s, start, comma - 1) || NounPhrases.IsPronoun(s, start, comma - 1));
        return opensSentence && named ? (start, comma - 1) : null;
    }

    /// <summary>
    /// A token an interjection may hold: a word that is no speech verb, auxiliary or past verb, a full stop of
    /// an abbreviation, a bracket; never a quotation mark.
    /// </summary>
    private static bool IsPlainToken(SentenceView s, int k)
    {
        if (!s.IsWord(k))
        {
            return s.IsPunct(k, '.') || s.IsPunct(k, '(') || s.IsPunct(k, ')') || s.IsPossessiveMark(k);
        }

        ReadOnlySpan<char> word = s.Word(k);
        return !(char.IsLower(word[0]) && (s.TryGetSpeechVerb(k, out _) || WordClasses.Auxiliaries.Contains(word) || WordClasses.IrregularPast.Contains(word)));
    }
}
