using System.Text.RegularExpressions;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Cues;

/// <summary>
/// A paragraph signed by its speaker: a pull quote that ends in the speaker's name with no verb
/// (<c>We cannot keep rebuilding the wall. Dana Whitlock, Port Alder harbour master</c>), or an embedded post that
/// ends in its author's name, handle and date (<c>... — Coast Power (@coastpower) March 3, 2021</c>).
/// The content is the paragraph before the signature.
/// </summary>
internal static partial class SignatureCue
{
    private const int MaxNameWords = 6;
    private const int MaxDescriptionWords = 6;

    /// <summary>
    /// The signature that ends the paragraph's last sentence <paramref name="s"/>, or null. Only a
    /// sentence after another in the same paragraph qualifies: the signature needs something to sign.
    /// </summary>
    public static Cue? Find(SentenceView s) => Post(s) ?? Signature(s);

    /// <summary>
    /// <c>Name, description</c> as a sentence of its own: capitalised name words, no verb, no final stop; a
    /// dash may open it (<c>"..." ― Rosa Diaz</c>, <c>– Sam Patel, nurse</c>).
    /// </summary>
    private static Cue? Signature(SentenceView s)
    {
        int count = s.Count;
        int dash = DashBeforeName(s);
        int first = dash + 1;
        if (count - first < 2 || !s.IsWord(first) || !s.IsCapitalized(first) || s.Tokens[count - 1].Kind != TokenKind.Word
            || WordClasses.Connectives.Contains(s.Word(first)) || WordClasses.Determiners.Contains(s.Word(first)))
        {
            return null;
        }

        if (VerblessComma(s, first) is not int comma)
        {
            return null;
        }

        int nameEnd = comma < 0 ? count - 1 : comma - 1;
        int nameWords = CapitalizedWords(s, first, nameEnd);
        int descriptionWords = comma < 0 ? 0 : count - comma - 1;
        if (nameWords < 2 || nameWords > MaxNameWords || descriptionWords > MaxDescriptionWords || (comma >= 0 && descriptionWords == 0))
        {
            return null;
        }

        return new Cue
        {
            Sentence = s.Sentence.Index,
            Trigger = s.Span(first, nameEnd),
            Lemma = "signature",
            Kind = CueKind.Signature,
            Speaker = s.Span(first, nameEnd),
            Appositive = comma < 0 ? null : s.Span(comma + 1, count - 1),
            ClauseStart = s.Tokens[Math.Max(0, dash)].Span.Start,
            ClauseEnd = s.Tokens[count - 1].Span.End,
        };
    }

    /// <summary>
    /// The dash that opens the signature: the sentence's first token, or one right after a quote the sentence
    /// opens with (<c>“...” ― Rosa Diaz</c>); -1 when there is none.
    /// </summary>
    private static int DashBeforeName(SentenceView s)
    {
        for (int k = 0; k < s.Count; k++)
        {
            if (IsDash(s, k) && !s.InQuote[k])
            {
                return k;
            }

            if (s.IsWord(k) && !s.InQuote[k])
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True for the em dash, en dash, horizontal bar or hyphen that opens a signature line.</summary>
    public static bool IsDash(char c) => c is '\u2014' or '\u2013' or '\u2015' or '-';

    private static bool IsDash(SentenceView s, int k) => k < s.Count && s.Tokens[k].Kind != TokenKind.Word && IsDash(s.Text[s.Tokens[k].Span.Start]);

    /// <summary>
    /// The one comma between name and description (-1 when there is none), or null when the sentence is no
    /// signature: a second comma, a quote, other punctuation, an auxiliary or a speech verb.
    /// </summary>
    private static int? VerblessComma(SentenceView s, int first)
    {
        int comma = -1;
        for (int k = first; k < s.Count; k++)
        {
            if (s.InQuote[k])
            {
                return null;
            }

            if (s.IsPunct(k, ','))
            {
                if (comma >= 0)
                {
                    return null;
                }

                comma = k;
            }
            else if (!s.IsWord(k) && !s.IsPunct(k, '.') && !s.IsPunct(k, '-') && !s.IsPunct(k, '&'))
            {
                return null;
            }
            else if (s.IsWord(k) && (WordClasses.Auxiliaries.Contains(s.Word(k)) || s.TryGetSpeechVerb(k, out _)))
            {
                return null;
            }
        }

        return comma;
    }

    /// <summary>The words of the name from <paramref name="first"/> to <paramref name="nameEnd"/>, or 0 when one is not capitalised or is a number.</summary>
    private static int CapitalizedWords(SentenceView s, int first, int nameEnd)
    {
        int nameWords = 0;
        for (int k = first; k <= nameEnd; k++)
        {
            if (s.IsWord(k))
            {
                if (!s.IsCapitalized(k) || char.IsDigit(s.Word(k)[0]))
                {
                    return 0;
                }

                nameWords++;
            }
        }

        return nameWords;
    }

    /// <summary>The byline an embedded social-media post ends with: <c>— Name (@handle) Month Day, Year</c>.</summary>
    private static Cue? Post(SentenceView s)
    {
        ReadOnlySpan<char> sentence = s.Sentence.Span.Of(s.Text);
        foreach (ValueMatch match in PostBylineRegex().EnumerateMatches(sentence))
        {
            int dash = s.Sentence.Span.Start + match.Index;
            int nameStart = dash + 2;
            int nameEnd = s.Text.IndexOf(" (@", nameStart, StringComparison.Ordinal);
            TextSpan name = TextSpan.FromBounds(nameStart, nameEnd);
            return new Cue
            {
                Sentence = s.Sentence.Index,
                Trigger = name,
                Lemma = "post",
                Kind = CueKind.Signature,
                Speaker = name,
                ClauseStart = dash,
                ClauseEnd = s.Sentence.Span.End,
            };
        }

        return null;
    }

    // Bounded repetitions only, anchored at the end: linear on any input.
    [GeneratedRegex(@"[\u2014\u2013-] [^\s()@][^()@\n]{0,60} \(@\w{1,30}\) [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PostBylineRegex();
}
