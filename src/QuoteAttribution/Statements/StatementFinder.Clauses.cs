using QuoteAttribution.Cues;
using QuoteAttribution.Quotes;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>What a stretch of text is: speech or a title, a clause or an object, fronted, parenthetical.</summary>
internal sealed partial class StatementFinder
{
    /// <summary>True when only white space or an opening bracket stands between <paramref name="from"/> and the quote.</summary>
    private bool StartsClause(Quote quote, int from) =>
        quote.Span.Start <= from || text.AsSpan(from, quote.Span.Start - from).Trim().Trim("([-\u2013\u2014").IsEmpty;

    /// <summary>
    /// True for a cue between commas before its "that" (<c>It is on his watch, Adler said, that the debt
    /// ...</c>): the clause before the cue and the one after it are one statement.
    /// </summary>
    private bool IsSplitCleft(Cue cue, int clauseFrom, Sentence sentence)
    {
        int comma = PrecedingComma(cue.ClauseStart, sentence.Span.Start);
        if (comma <= clauseFrom || WordCount(TextSpan.FromBounds(clauseFrom, comma)) < 3 || OpensWithAdverbial(clauseFrom))
        {
            return false;
        }

        ReadOnlySpan<char> between = text.AsSpan(cue.ClauseEnd, Math.Max(0, cue.ContentAfterStart - cue.ClauseEnd)).TrimStart();
        return between.StartsWith(",") && between[1..].Trim().Equals("that", StringComparison.Ordinal);
    }

    private bool AfterCommaOrColon(Quote quote)
    {
        ReadOnlySpan<char> before = text.AsSpan(0, quote.Span.Start).TrimEnd();
        return before.Length > 0 && before[^1] is ',' or ':';
    }

    /// <summary>
    /// True when a comma ends the words before the quote ("A grocery store tour, “was a real eye-opener”
    /// Okafor says"): the quote is the rest of a sentence its speaker finishes.
    /// </summary>
    private bool FollowsComma(Quote quote, int from)
    {
        ReadOnlySpan<char> before = text.AsSpan(from, Math.Max(0, quote.Span.Start - from)).TrimEnd();
        if (before.Length == 0 || before[^1] != ',')
        {
            return false;
        }

        // Only a quote that opens with the predicate ("was a real eye-opener") finishes the subject before
        // it; a quote with a subject of its own ("In his parents' country, "baseball is ...") is mixed.
        int start = quote.Content.Start;
        int end = start;
        while (end < quote.Content.End && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start && WordClasses.Auxiliaries.Contains(text.AsSpan(start, end - start))
            && char.IsLower(text[start]);
    }

    /// <summary>
    /// True when the cue's clause closes its sentence, or a parenthetical comma follows it
    /// (<c>..., he added, due to ...</c>): only then is the clause before it the content.
    /// </summary>
    private bool EndsSentence(Cue cue, Sentence sentence)
    {
        int i = cue.ContentAfterStart >= 0 ? cue.ContentAfterStart : cue.ClauseEnd;
        ReadOnlySpan<char> rest = text.AsSpan(i, Math.Max(0, sentence.Span.End - i)).Trim();
        if (rest.IsEmpty || rest[0] is ',' or '.' or '!' or '?' or ';')
        {
            return true;
        }

        // "..., he said at a briefing in Baghdad on Tuesday." / "..., Hua said Thursday."
        if (cue.ContentAfterStart < 0 && !rest.Contains(',') && rest.Length < 80)
        {
            return true;
        }

        // "“...?” Reyes asked with a shrug, shaking his head": manner adverbs, then the clause closes.
        ReadOnlySpan<char> after = text.AsSpan(cue.ClauseEnd, Math.Max(0, sentence.Span.End - cue.ClauseEnd)).TrimStart();
        int word = 0;
        while (word < after.Length && char.IsLetter(after[word]))
        {
            word++;
        }

        return word > 2 && after[..word].EndsWith("ly", StringComparison.Ordinal) && word < after.Length && after[word] is ',' or '.';
    }

    /// <summary>
    /// True when the words from <paramref name="start"/> are only a fronted part: a comma closes it and
    /// fewer than four words follow before <paramref name="end"/> ("When asked, Hale said"). Without a
    /// comma the opener belongs to the main clause ("Dozens of homes were flooded, he said").
    /// </summary>
    private bool IsFrontedPart(int start, int end)
    {
        int comma = text.IndexOf(',', start, Math.Max(0, end - start));
        return comma >= 0 && WordCount(TextSpan.FromBounds(comma + 1, end)) < 4;
    }

    /// <summary>True when a comma and more words follow the cue's clause (<c>..., he added, due to ...</c>).</summary>
    private bool IsParenthetical(Cue cue, Sentence sentence)
    {
        int i = cue.ClauseEnd;
        while (i < sentence.Span.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= sentence.Span.End || text[i] != ',')
        {
            return false;
        }

        // "..., according to Jones, who spoke in Baghdad.": a relative clause after the cue describes the
        // speaker; the statement still ends before the cue.
        ReadOnlySpan<char> after = text.AsSpan(i + 1, sentence.Span.End - i - 1).TrimStart();
        if (after.StartsWith("who ", StringComparison.Ordinal) || after.StartsWith("which ", StringComparison.Ordinal))
        {
            return false;
        }

        return WordCount(TextSpan.FromBounds(i, sentence.Span.End)) >= 3;
    }

    /// <summary>True when the words at <paramref name="from"/> open a fronted adverbial ("When asked ...", "Before the vote").</summary>
    private bool OpensWithAdverbial(int from)
    {
        int start = from;
        while (start < text.Length && !CharClass.IsWordChar(text[start]))
        {
            start++;
        }

        int end = start;
        while (end < text.Length && CharClass.IsWordChar(text[end]))
        {
            end++;
        }

        string word = text[start..end];
        return WordClasses.AdverbialOpeners.Contains(word) || WordClasses.Subordinators.Contains(word)
            || word.Equals("If", StringComparison.Ordinal) || word.Equals("Asked", StringComparison.Ordinal);
    }

    // Determiners that open objects far more often than content clauses ("added a premium", "said, his voice
    // breaking"); "the" opens content clauses too often ("told HuffPost the laws favour owners") to count.
    private static readonly System.Collections.Frozen.FrozenSet<string> ObjectDeterminers =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "another", "his", "her", "its", "their", "our", "my", "your");

    // "would say something to the board that ...", "said little about the plan": an indefinite pronoun is the object.
    private static readonly System.Collections.Frozen.FrozenSet<string> IndefiniteObjects =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "something", "anything", "nothing", "little", "much", "more", "so");

    private bool OpensWithIndefinite(TextSpan span)
    {
        int end = span.Start;
        while (end < span.End && CharClass.IsWordChar(text[end]))
        {
            end++;
        }

        if (end == span.Start || !char.IsLower(text[span.Start])
            || !IndefiniteObjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(span.Start, end - span.Start)))
        {
            return false;
        }

        // "much of his discussion was about Israel", "more than 1,300 emails contained", "more would be known
        // soon": a subject, quantified or followed by its auxiliary.
        ReadOnlySpan<char> rest = text.AsSpan(end, span.End - end).TrimStart();
        int next = 0;
        while (next < rest.Length && char.IsLetter(rest[next]))
        {
            next++;
        }

        return !rest.StartsWith("of ", StringComparison.Ordinal) && !rest.StartsWith("than ", StringComparison.Ordinal)
            && !WordClasses.Auxiliaries.Contains(rest[..next]);
    }

    /// <summary>True when the clause opens with an object determiner ("a premium for ...", "his voice breaking").</summary>
    private bool OpensWithDeterminer(TextSpan span)
    {
        int start = span.Start;
        int end = start;
        while (end < span.End && CharClass.IsWordChar(text[end]))
        {
            end++;
        }

        return end > start && ObjectDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start));
    }

    /// <summary>
    /// True when the words read as a clause, not a noun object: a subject pronoun opens them ("he was ..."),
    /// or their first segment (up to a comma or dash) holds an auxiliary, modal, copula or negation ("the
    /// Games could prove ..."). "denied the substance of the story" and "announced plans to close" do not.
    /// </summary>
    private bool ReadsAsClause(TextSpan span)
    {
        int i = span.Start;
        bool first = true;
        while (i < span.End)
        {
            while (i < span.End && !CharClass.IsWordChar(text[i]))
            {
                if (text[i] == ',' || CharClass.IsDash(text[i]))
                {
                    return false;
                }

                i++;
            }

            int start = i;
            while (i < span.End && (CharClass.IsWordChar(text[i]) || text[i] is '\'' or '\u2019'))
            {
                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, i - start);
            if (word.IsEmpty)
            {
                break;
            }

            if ((first && WordClasses.Pronouns.Contains(word) && !word.Equals("it", StringComparison.OrdinalIgnoreCase) || first && word.Equals("it", StringComparison.OrdinalIgnoreCase))
                || WordClasses.Auxiliaries.Contains(word) || word.Equals("not", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal))
            {
                return true;
            }

            first = false;
        }

        return false;
    }

    /// <summary>
    /// True when the clause has a finite verb a reader can see: an auxiliary or copula, a negation, or a
    /// past form ("the PBO added a premium" has none after "added"; "a picture is emerging" has one).
    /// </summary>
    private bool HasVerb(TextSpan span)
    {
        int i = span.Start;
        while (i < span.End)
        {
            while (i < span.End && !CharClass.IsWordChar(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < span.End && (CharClass.IsWordChar(text[i]) || text[i] is '\'' or '\u2019'))
            {
                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(start, i - start);
            if (word.Length > 0 && (WordClasses.Auxiliaries.Contains(word)
                || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n\u2019t", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Skips a wire-style dateline at the start of a clause: <c>ERBIL, Kurdistan Region (Kurdistan 24) –</c>
    /// (a word in capitals, a comma, and a dash within the first 80 characters).
    /// </summary>
    private TextSpan SkipDateline(TextSpan span)
    {
        int i = span.Start;
        while (i < span.End && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int word = i;
        while (i < span.End && (char.IsUpper(text[i]) || text[i] is '.' or '-' or ' ' && i + 1 < span.End && char.IsUpper(text[i + 1])))
        {
            i++;
        }

        if (i - word < 3 || i >= span.End || text[i] != ',')
        {
            return span;
        }

        for (int j = i; j < Math.Min(span.End - 2, word + 80); j++)
        {
            if (text[j] == ' ' && CharClass.IsDash(text[j + 1]) && text[j + 2] == ' ')
            {
                return TextSpan.FromBounds(j + 3, span.End);
            }
        }

        return span;
    }

    private TextSpan Trim(TextSpan span)
    {
        int start = span.Start;
        int end = span.End;
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or ';'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private int WordCount(TextSpan span)
    {
        int count = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool word = CharClass.IsWordChar(text[i]);
            if (word && !inWord)
            {
                count++;
            }

            inWord = word;
        }

        return count;
    }

    /// <summary>
    /// Speech, not a scare quote, title or nickname: at least four words, or a sentence of its own
    /// (it opens the sentence or ends in . ! ? ,).
    /// </summary>
    private bool ReadsLikeSpeech(Quote quote)
    {
        int words = WordCount(quote.Content);
        ReadOnlySpan<char> content = quote.Content.Of(text).TrimEnd();
        bool punctuated = content.Length > 0 && content[^1] is '.' or '!' or '?' or ',' or '\u2026';
        bool opensSentence = OpensSentence(quote.Span.Start);
        if (IsTitleCase(quote.Content))
        {
            return false;
        }

        // A paragraph that is nothing but a quote in single marks is a subheading ('Just listen to us').
        if (quote.Family == QuoteFamily.SingleMarks)
        {
            return words >= MinScareQuoteWords && (punctuated || opensSentence) && !(opensSentence && EndsParagraph(quote));
        }

        // With no cue, words quoted in the middle of a narrative sentence ('did ban "toxic assets" in 2010')
        // are a mention, not a statement: speech opens its sentence or closes it.
        bool closesSentence = EndsSentenceAt(quote.Span.End);
        return (opensSentence || closesSentence) && (words >= MinScareQuoteWords || (words >= 2 && punctuated && opensSentence));
    }

    private bool EndsParagraph(Quote quote)
    {
        int i = quote.Span.End;
        while (i < text.Length && text[i] is ' ' or '\t' or '.')
        {
            i++;
        }

        return i >= text.Length || text[i] is '\n' or '\r';
    }

    /// <summary>
    /// True when the quote ending at <paramref name="end"/> closes its sentence: . ! ? inside or right after
    /// the closing mark, then the end of the paragraph or a capital.
    /// </summary>
    private bool EndsSentenceAt(int end)
    {
        bool terminal = text[end - 2] is '.' or '!' or '?';
        int i = end;
        if (i < text.Length && text[i] is '.' or '!' or '?')
        {
            terminal = true;
            i++;
        }

        while (i < text.Length && text[i] is ' ' or '\t' or ')')
        {
            i++;
        }

        bool paragraphEnds = i >= text.Length || text[i] is '\n' or '\r';
        return paragraphEnds || (terminal && (char.IsUpper(text[i]) || CharClass.IsQuoteMark(text[i])));
    }

    /// <summary>True for a title or slogan: every word of three letters or more is capitalised ("Person of the Year").</summary>
    private bool IsTitleCase(TextSpan span)
    {
        int longWords = 0;
        for (int i = span.Start; i < span.End; i++)
        {
            if (CharClass.IsWordChar(text[i]) && (i == span.Start || !CharClass.IsWordChar(text[i - 1])))
            {
                int end = i;
                while (end < span.End && CharClass.IsWordChar(text[end]))
                {
                    end++;
                }

                if (end - i >= 3)
                {
                    if (!char.IsUpper(text[i]))
                    {
                        return false;
                    }

                    longWords++;
                }
            }
        }

        return longWords >= 2;
    }

    private bool OpensSentence(int position)
    {
        int i = position - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        // A stop after an abbreviation ("lost 16 lbs. “and two belt loops”") ends no sentence: the splitter,
        // which knows abbreviations, decides where sentences start.
        return i < 0 || text[i] is '\n' or ':' or '!' or '?' || (text[i] == '.' && sentences[SentenceAt(position)].Span.Start >= i);
    }
}
