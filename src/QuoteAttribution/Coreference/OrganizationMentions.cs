using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// The organisations of an article as antecedents: a named body that spoke stands behind a later "it" or
/// "the utility"; an organisation noun earlier in a pronoun's own sentence stands behind its "it".
/// </summary>
internal sealed class OrganizationMentions(ArticleEntities entities)
{
    // Read on the first "the company" or "it" an article resolves; most articles never ask.
    private List<(TextSpan Span, string Name)>? _subjects;

    // How far back "it" and "the utility" look for the named organisation they stand for: "it" is read
    // with the sentence before; a noun can pick up a name from earlier in the story.
    private const int PronounParagraphs = 2;
    private const int OrganizationNounParagraphs = 6;

    /// <summary>
    /// The nearest earlier organisation with a name, within a few paragraphs: one that spoke ("BC Power
    /// said"), or one that is the subject of a sentence without speaking ("Dunmore Foods closed two plants.
    /// The company said ...").
    /// </summary>
    public string? NamedBefore(TextSpan mention, bool pronoun)
    {
        (string Name, int Start)? speaking = SpeakingBefore(mention, pronoun);
        int from = speaking?.Start ?? -1;
        int window = entities.ParagraphOf(mention.Start) - (pronoun ? PronounParagraphs : OrganizationNounParagraphs);
        List<(TextSpan Span, string Name)> subjects = _subjects ??= NamedSubjects(entities);
        for (int i = Sorted.FirstAtOrAfter(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(subjects), mention.Start, static o => o.Span.Start) - 1; i >= 0; i--)
        {
            (TextSpan span, string name) = subjects[i];
            if (span.Start <= from || entities.ParagraphOf(span.Start) < window)
            {
                break;
            }

            if (span.End <= mention.Start)
            {
                return name;
            }
        }

        return speaking?.Name;
    }

    /// <summary>
    /// "..., the company wrote in its statement. It added ...": the nearest earlier speaker phrase within the pronoun's
    /// reach, when it is an organisation noun; the noun is then resolved as any mention is (to the name it stands
    /// for, or to itself).
    /// </summary>
    public (TextSpan Span, TextSpan? Appositive)? SpeakingNounBefore(TextSpan mention)
    {
        int paragraph = entities.ParagraphOf(mention.Start);
        for (int i = entities.Context.FirstCueFrom(entities.Context.FirstSentenceFrom(mention.Start)) - 1; i >= 0; i--)
        {
            Cues.Cue cue = entities.Context.Cues[i];
            if (cue.Speaker is not TextSpan span || span.End > mention.Start)
            {
                continue;
            }

            return paragraph - entities.ParagraphOf(span.Start) <= PronounParagraphs
                && IsOrganizationNoun(entities.Mentions.Parse(span, cue.Appositive), span.Of(entities.Text).ToString())
                ? (span, cue.Appositive)
                : null;
        }

        return null;
    }

    /// <summary>The nearest earlier speaker phrase that names an organisation (with a capital), within a few paragraphs.</summary>
    private (string Name, int Start)? SpeakingBefore(TextSpan mention, bool pronoun)
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
                return (parsed.Speaker, span.Start);
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
    /// The capitalised names that open a sentence and that the lexicons read as organisations ("Dunmore Foods
    /// closed two plants", "The Orland Water Board met"), in text order.
    /// </summary>
    private static List<(TextSpan Span, string Name)> NamedSubjects(ArticleEntities entities)
    {
        List<(TextSpan, string)> subjects = [];
        string text = entities.Text;
        foreach (Segmentation.Sentence sentence in entities.Context.Sentences)
        {
            if (OpeningName(text, sentence.Span) is { } span
                && entities.Mentions.Parse(span, null) is { Type: SpeakerType.Organization } parsed && parsed.Speaker.Length > 0)
            {
                subjects.Add((span, parsed.Speaker));
            }
        }

        return subjects;
    }

    /// <summary>
    /// "The Orland Water Board met": the run of capitalised words (with "&amp;" and "of") that opens the
    /// sentence, after an optional "The", when a lower-case word (its verb) follows; null otherwise.
    /// </summary>
    private static TextSpan? OpeningName(string text, TextSpan sentence)
    {
        int at = sentence.Start;
        int end = sentence.End;
        if (text.AsSpan(at, end - at).StartsWith("The ", StringComparison.Ordinal))
        {
            at += 4;
        }

        // "His Treasury Department", "A United Nations panel": a determiner opens a description, not a name.
        if (text.AsSpan(at, end - at) is var rest && (rest.StartsWith("His ", StringComparison.Ordinal) || rest.StartsWith("Her ", StringComparison.Ordinal)
            || rest.StartsWith("Its ", StringComparison.Ordinal) || rest.StartsWith("Their ", StringComparison.Ordinal)
            || rest.StartsWith("A ", StringComparison.Ordinal) || rest.StartsWith("An ", StringComparison.Ordinal)))
        {
            return null;
        }

        int start = at;
        int nameEnd = at;
        while (at < end)
        {
            int wordEnd = at;
            while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd]))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text.AsSpan(at, wordEnd - at);
            if (word.IsEmpty)
            {
                return null;
            }

            if (char.IsLower(word[0]) && word is not ("of" or "and"))
            {
                return nameEnd > start && char.IsLetter(word[^1]) && !MentionWords.RoleUnit(word) && !EntityLexicons.Groups.Contains(word)
                    && EndsInOrganizationWord(text.AsSpan(start, nameEnd - start))
                    ? TextSpan.FromBounds(start, nameEnd)
                    : null;
            }

            if (!(char.IsUpper(word[0]) || word is "&" or "of" or "and") || !char.IsLetter(word[^1]) && word is not "&")
            {
                return null;
            }

            nameEnd = wordEnd;
            at = wordEnd + 1;
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

    /// <summary>
    /// "Dunmore Foods", "Orland Water Board", "UFCW": a name of several words that ends in an organisation's head
    /// word, or letters in capitals. A lone "Cuba" or "Turkish" before "officials" names no body that speaks.
    /// </summary>
    private static bool EndsInOrganizationWord(ReadOnlySpan<char> name)
    {
        int space = name.LastIndexOf(' ');
        ReadOnlySpan<char> last = space < 0 ? name : name[(space + 1)..];
        bool acronym = last.Length >= 3 && !last.ContainsAnyInRange('a', 'z');
        return acronym || (space > 0 && EntityLexicons.Organizations.Contains(last));
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
