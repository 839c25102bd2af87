using QuoteAttribution.Cues;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>What a stretch of text is: speech or a title, a clause or an object, fronted, parenthetical.</summary>
internal sealed partial class StatementFinder
{

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

    /// <summary>
    /// True when the cue's clause closes its sentence, or a parenthetical comma follows it
    /// (<c>..., he added, due to ...</c>): only then is the clause before it the content.
    /// </summary>
    private bool EndsSentence(Cue cue, Sentence sentence)
    {
        int i = cue.ContentAfterStart >= 0 ? cue.ContentAfterStart : cue.ClauseEnd;
        ReadOnlySpan<char> rest = text.AsSpan(i, Math.Max(0, sentence.Span.End - i)).Trim();

        // "..., Lee said at a briefing, according to the Ledger.": a source that closes the sentence adds no content.
        int source = rest.IndexOf(", according to ", StringComparison.Ordinal);
        rest = source >= 0 ? rest[..source] : rest;
        if (rest.IsEmpty || rest[0] is ',' or '.' or '!' or '?' or ';')
        {
            return true;
        }

        // "Reyes echoed:" opens the quote that follows; it does not close the one before.
        if (rest[0] == ':')
        {
            return false;
        }

        // "..., he said at a briefing in Baghdad on Tuesday." / "..., Hua said Thursday."
        // "..., according to the insider who briefed reporters on condition of anonymity because ...": a relative clause
        // that describes the speaker closes the sentence whatever its length.
        bool describesSpeaker = rest.StartsWith("who ", StringComparison.Ordinal);
        if (cue.ContentAfterStart < 0 && !rest.Contains(',') && (rest.Length < 80 || describesSpeaker))
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

        return WordCount(TextSpan.FromBounds(i, sentence.Span.End)) >= 2;
    }

    /// <summary>
    /// True when the words after a cue between commas go on with what was said ("..., he noted, is too
    /// small"), not with the narrator: an appositive after an inverted cue ("said Ann Lee, a fellow at the
    /// institute"), an aside on the whole ("..., Lee said, a plan that ..."), a manner participle ("...,
    /// Lee said, wiping his brow"; in "..., she added, closing it would be ..." it is a subject) or a
    /// clause the narrator adds ("..., he said, and he was upset").
    /// </summary>
    private bool ContinuesStatement(TextSpan after, Cue cue)
    {
        int end = WordEnd(after.Start, after.End);
        if (end == after.Start || !char.IsLower(text[after.Start]))
        {
            return true;
        }

        ReadOnlySpan<char> word = text.AsSpan(after.Start, end - after.Start);
        int next = end;
        while (next < after.End && !CharClass.IsWordChar(text[next]))
        {
            next++;
        }

        // "..., he said, and he was upset": "and" with a new subject is the narrator's; "and with the budget
        // settled, the pier ..." or 'and "nobody listened"' go on with the statement.
        bool newSubject = word is "and" && WordClasses.Pronouns.Contains(text.AsSpan(next, WordEnd(next, after.End) - next));
        bool manner = word.EndsWith("ing", StringComparison.Ordinal) && !ReadsAsClause(after);
        bool narrator = newSubject || manner || word is "a" or "an" or "though" or "although" or "whose";
        // "said Ann Lee, director of the institute": a role word after an inverted cue's name describes her.
        bool role = cue.Kind == CueKind.Inverted && (word is "the" || Entities.EntityLexicons.Roles.Contains(word) || Entities.EntityLexicons.RoleModifiers.Contains(word));
        return !narrator && !role;
    }

    /// <summary>True when the span is one connective and nothing else ("Nevertheless", "But").</summary>
    private bool IsLoneConnective(TextSpan span)
    {
        TextSpan trimmed = Trim(span);
        return WordCount(trimmed) == 1 && WordClasses.Connectives.Contains(text.AsSpan(trimmed.Start, WordEnd(trimmed.Start, trimmed.End) - trimmed.Start));
    }

    /// <summary>True when the words at <paramref name="from"/> open a fronted adverbial ("When asked ...", "Before the vote").</summary>
    private bool OpensWithAdverbial(int from)
    {
        int start = from;
        while (start < text.Length && !CharClass.IsWordChar(text[start]))
        {
            start++;
        }

        string word = text[start..WordEnd(start, text.Length)];
        return WordClasses.AdverbialOpeners.Contains(word) || WordClasses.Subordinators.Contains(word)
            || word.Equals("If", StringComparison.Ordinal) || word.Equals("Asked", StringComparison.Ordinal);
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

}
