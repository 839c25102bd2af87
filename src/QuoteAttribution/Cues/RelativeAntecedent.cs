using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>The phrase a relative "who" stands for (<c>said Reyes, who said ...</c>, <c>officials who said ...</c>).</summary>
internal static class RelativeAntecedent
{
    /// <summary>
    /// The phrase a relative "who" at <paramref name="who"/> stands for: the speaker of an inverted cue just
    /// before it ("said one official familiar with the talks, who added"), else the phrase before it,
    /// with a prepositional modifier when it has one.
    /// </summary>
    public static TextSpan? Find(SentenceView s, int who, List<Cue> earlier)
    {
        int end = Brackets.SkipBackwards(s, s.IsPunct(who - 1, ',') ? who - 2 : who - 1);
        if (end < 0 || !s.IsWord(end))
        {
            return null;
        }

        if (earlier.Count > 0 && earlier[^1] is { Kind: CueKind.Inverted, Speaker: TextSpan inverted } && inverted.End == s.Tokens[end].Span.End)
        {
            return inverted;
        }

        int start = NounPhrases.StartOfPhraseEndingAt(s, end);
        if (start < 0)
        {
            return null;
        }

        // "Ruth Adler, a housing researcher who writes ...": the description before "who" is
        // an appositive of the name before its comma, and the name is the speaker.
        if (s.IsPunct(start - 1, ',') && !NounPhrases.IsAllCapitalized(s, start, end) && NounPhrases.StartOfPhraseEndingAt(s, start - 2) is int nameStart and >= 0
            && nameStart == s.FirstWord && NounPhrases.IsAllCapitalized(s, nameStart, start - 2))
        {
            return s.Span(nameStart, start - 2);
        }

        int modified = PrepositionalModifier.ModifiedStart(s, start);
        return s.Span(modified >= 0 ? modified : start, end);
    }

    /// <summary>The "who" or "whose" of a ", who ..." clause that ends at the comma <paramref name="comma"/>, or null.</summary>
    public static int? ClauseBefore(SentenceView s, int comma)
    {
        for (int k = comma - 1; k > 0 && comma - k < 30; k--)
        {
            // Quoted words may sit inside the clause ("who lost 16 lbs. “and two belt loops”"), a speech verb not,
            // unless it is the relative clause's own verb ("Adler, who calls him a “coward,” said ...").
            if (s.IsWord(k) && char.IsLower(s.Word(k)[0]) && s.TryGetSpeechVerb(k, out _) && !(s.Is(k - 1, "who") && s.IsPunct(k - 2, ',')))
            {
                return null;
            }

            if ((s.Is(k, "who") || s.Is(k, "whose")) && s.IsPunct(k - 1, ','))
            {
                return k;
            }
        }

        return null;
    }
}
