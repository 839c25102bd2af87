using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "A study by the Harwick Institute looked at 13 lines. ... “...,” the report said.": a definite document with no
/// author of its own is the document the article introduced shortly before ("a study", "a new report"), and speaks
/// for that document's author: the one named after it ("by", "from") or the speaker whose verb it follows ("Ann
/// Roe wrote in a recent report").
/// </summary>
internal sealed class DocumentAuthors(ArticleEntities entities)
{
    private const int MaxParagraphs = 3;
    private const int MaxModifiers = 3;

    // How far back the search reads at most, so that a paragraph of megabytes costs no more per mention.
    private const int MaxChars = 5000;

    // Research published as a document goes by several names in one story: "a study ... the report said".
    private static readonly string[] Studies = ["report", "study", "survey", "analysis", "review", "paper", "audit", "poll", "research"];

    /// <summary>
    /// The span of the author of the document introduced last before <paramref name="mention"/> under the same noun
    /// as <paramref name="noun"/> (or, for research, under another name for research), or null.
    /// </summary>
    public TextSpan? Before(TextSpan mention, string noun)
    {
        string text = entities.Text;
        int paragraph = entities.ParagraphOf(mention.Start);
        int from = Math.Max(entities.Context.Paragraphs[Math.Max(0, paragraph - MaxParagraphs)].Span.Start, mention.Start - MaxChars);
        while (from > 0 && from < mention.Start && char.IsLetter(text[from - 1]))
        {
            from++;
        }

        TextSpan? author = null;
        for (int at = from; at < mention.Start;)
        {
            int end = WordEnd(text, at, mention.Start);
            if (end > at && char.IsLower(text[at]) && SameDocument(text.AsSpan(at, end - at), noun) && IsIntroduced(text, at))
            {
                author = AuthorAfter(text, end, mention.Start) ?? SpeakerBefore(at) ?? author;
            }

            at = end > at ? end : at + 1;
        }

        return author;
    }

    private static bool SameDocument(ReadOnlySpan<char> word, string noun) =>
        word.Equals(noun, StringComparison.OrdinalIgnoreCase) || (IsStudy(word) && IsStudy(noun));

    private static bool IsStudy(ReadOnlySpan<char> word)
    {
        foreach (string study in Studies)
        {
            if (word.Equals(study, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a study", "a recent report", "an internal audit": an indefinite article a few words before the noun.</summary>
    private static bool IsIntroduced(string text, int nounStart)
    {
        int at = nounStart;
        for (int words = 0; words <= MaxModifiers && at > 0; words++)
        {
            int end = at - 1;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            int start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
            {
                start--;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, end - start);
            if (word.IsEmpty || (words > 0 && !char.IsLower(word[0])))
            {
                return false;
            }

            if (word is "a" or "an" or "A" or "An")
            {
                return true;
            }

            at = start;
        }

        return false;
    }

    /// <summary>"by the Harwick Institute", "from Acme Research": the capitalised author after "by" or "from".</summary>
    private static TextSpan? AuthorAfter(string text, int nounEnd, int limit)
    {
        int at = nounEnd + 1;
        if (at >= limit || text.AsSpan(at, WordEnd(text, at, limit) - at) is not ("by" or "from"))
        {
            return null;
        }

        int start = WordEnd(text, at, limit) + 1;
        at = start;
        if (at >= limit)
        {
            return null;
        }

        if (text.AsSpan(at, limit - at).StartsWith("the ", StringComparison.Ordinal))
        {
            at += 4;
        }

        // The run of capitalised words, joined by "of", "and", "&" and possessives: "the University of Harwick’s
        // School of Policy".
        int end = -1;
        while (at < limit && (char.IsUpper(text[at]) || (end > 0 && IsJoiner(text, at, limit))))
        {
            int wordEnd = WordEnd(text, at, limit);
            if (char.IsUpper(text[at]))
            {
                end = wordEnd;
            }

            if (wordEnd + 2 < limit && text[wordEnd] is '\'' or '\u2019' && text[wordEnd + 1] == 's')
            {
                wordEnd += 2;
            }

            if (wordEnd >= limit || text[wordEnd] != ' ')
            {
                break;
            }

            at = wordEnd + 1;
        }

        return end > start ? TextSpan.FromBounds(start, end) : null;
    }

    private static bool IsJoiner(string text, int at, int limit) =>
        text.AsSpan(at, WordEnd(text, at, limit) - at) is "of" or "and" or "&" or "for";

    /// <summary>
    /// "Ann Roe wrote in a recent report": the speaker of the cue whose verb the document follows as "in" or "on"
    /// the document. A document inside what was said ("The Gazette said Roe gave a statement") is not theirs.
    /// </summary>
    private TextSpan? SpeakerBefore(int nounStart)
    {
        string text = entities.Text;
        int sentence = entities.Context.FirstSentenceFrom(nounStart + 1) - 1;
        for (int i = entities.Context.FirstCueFrom(sentence + 1) - 1; i >= 0 && entities.Context.Cues[i].Sentence == sentence; i--)
        {
            Cues.Cue cue = entities.Context.Cues[i];
            if (cue.Trigger.End <= nounStart && cue.Speaker is TextSpan speaker && speaker.End <= nounStart)
            {
                ReadOnlySpan<char> between = text.AsSpan(cue.Trigger.End, nounStart - cue.Trigger.End).Trim();
                return between.StartsWith("in ", StringComparison.Ordinal) || between.StartsWith("on ", StringComparison.Ordinal) ? speaker : null;
            }
        }

        return null;
    }

    // A word, or an ampersand with any letters after it ("&" joins "Bell & Marsh").
    private static int WordEnd(string text, int start, int limit) =>
        LettersAfter.WordEnd(text, start < limit && text[start] == '&' ? start + 1 : start, limit);
}
