using QuoteAttribution.Entities;
using QuoteAttribution.Pipeline;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// The organisations of an article as antecedents: a named body that spoke stands behind a later "it" or
/// "the utility"; an organisation noun earlier in a pronoun's own sentence stands behind its "it".
/// </summary>
internal sealed class OrganizationMentions(ArticleEntities entities)
{
    // How far back "it" and "the utility" look for the named organisation they stand for: "it" is read
    // with the sentence before; a noun can pick up a name from earlier in the story.
    private const int PronounParagraphs = 2;
    private const int OrganizationNounParagraphs = 6;

    /// <summary>The nearest earlier speaker phrase that names an organisation (with a capital), within a few paragraphs.</summary>
    public string? NamedBefore(TextSpan mention, bool pronoun)
    {
        int withinParagraphs = pronoun ? PronounParagraphs : OrganizationNounParagraphs;
        int paragraph = entities.ParagraphOf(mention.Start);
        int sentence = entities.Context.FirstSentenceFrom(mention.Start);
        for (int i = entities.Context.FirstCueFrom(sentence) - 1; i >= 0; i--)
        {
            Cues.Cue cue = entities.Context.Cues[i];
            if (cue.Speaker is not TextSpan span || span.End > mention.Start)
            {
                continue;
            }

            if (paragraph - entities.ParagraphOf(span.Start) > withinParagraphs)
            {
                return null;
            }

            ParsedMention parsed = entities.Mentions.Parse(span, cue.Appositive);
            string words = span.Of(entities.Text).ToString();
            if (parsed.Type == SpeakerType.Organization && IsNamed(words) && (pronoun || IsSpeakingSubject(cue)))
            {
                return parsed.Speaker;
            }

            // "BC Power said ... the utility said ... it said": the organisation noun stands for the name
            // before it, so the search goes on from there.
            if (IsOrganizationNoun(parsed, words))
            {
                paragraph = entities.ParagraphOf(span.Start);
                withinParagraphs = OrganizationNounParagraphs;
            }
        }

        return null;
    }

    /// <summary>
    /// "the ministry is facing what it says is a deficit": the last "the" and organisation noun earlier in the
    /// pronoun's own sentence ("ministry"), or null.
    /// </summary>
    public string? NounInSentence(TextSpan mention)
    {
        int sentence = Math.Max(0, entities.Context.FirstSentenceFrom(mention.Start + 1) - 1);
        int start = entities.Context.Sentences[sentence].Span.Start;
        string? found = null;
        ReadOnlySpan<char> before = entities.Text.AsSpan(start, mention.Start - start);
        int at = 0;
        while (at < before.Length)
        {
            int the = before[at..].IndexOf("the ", StringComparison.OrdinalIgnoreCase);
            if (the < 0)
            {
                break;
            }

            int wordStart = at + the + 4;
            int wordEnd = wordStart;
            while (wordEnd < before.Length && char.IsLetter(before[wordEnd]))
            {
                wordEnd++;
            }

            bool wordBoundary = at + the == 0 || !char.IsLetter(before[at + the - 1]);
            ReadOnlySpan<char> word = before[wordStart..wordEnd];
            if (wordBoundary && word.Length > 0 && char.IsLower(word[0]) && EntityLexicons.Organizations.Contains(word)
                && (wordEnd == before.Length || !char.IsLetter(before[wordEnd])) && !NextWordIsNoun(before, wordEnd))
            {
                found = word.ToString();
            }

            at = wordEnd;
        }

        return found;
    }

    // "the government's plan", "the city council": the organisation word only modifies what follows.
    private static bool NextWordIsNoun(ReadOnlySpan<char> text, int end) =>
        end < text.Length && (text[end] == '\'' || text[end] == '\u2019' || (text[end] == ' ' && end + 1 < text.Length && char.IsLower(text[end + 1])
            && !IsVerbLike(text[(end + 1)..])));

    private static bool IsVerbLike(ReadOnlySpan<char> rest)
    {
        int space = rest.IndexOf(' ');
        ReadOnlySpan<char> word = space < 0 ? rest : rest[..space];
        return word.EndsWith("s") || word.EndsWith("ed") || word is "is" or "was" or "has" or "had" or "will" or "would" or "can" or "could" or "should" or "may";
    }

    /// <summary>"BC Power", "the Harwick Transit Authority": a capital past the article ("The health ministry" has none).</summary>
    private static bool IsNamed(string words) =>
        (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? words.AsSpan(4) : words.AsSpan()).ContainsAnyInRange('A', 'Z');

    /// <summary>
    /// "BC Power said", "said BC Power": the body is the subject of its own speech. "According to the
    /// United Nations" cites it without making it the subject the story goes on about as "the agency".
    /// </summary>
    private static bool IsSpeakingSubject(Cues.Cue cue) => cue.Kind is Cues.CueKind.SubjectVerb or Cues.CueKind.Inverted;

    /// <summary>
    /// "the utility", "The company": a bare definite organisation noun. A described one ("the paramedics'
    /// union", "the health ministry") says which body it is by itself.
    /// </summary>
    public static bool IsOrganizationNoun(ParsedMention parsed, string words) =>
        parsed.Type == SpeakerType.Organization && words.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        && words.IndexOf(' ', 4) < 0 && !IsNamed(words);
}
