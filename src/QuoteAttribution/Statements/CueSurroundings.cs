using QuoteAttribution.Cues;
using QuoteAttribution.Segmentation;
using QuoteAttribution.Text;

namespace QuoteAttribution.Statements;

/// <summary>
/// How a cue stands in its sentence: whether it closes the sentence, sits between commas as an aside, splits
/// a cleft, and whether the words after such an aside go on with what was said.
/// </summary>
internal sealed class CueSurroundings(TextScan scan)
{
    private readonly ClauseOrObject _clauses = new(scan);
    private readonly string _text = scan.Text;

    /// <summary>
    /// True for a cue between commas before its "that" (<c>It is on his watch, Adler said, that the debt
    /// ...</c>): the clause before the cue and the one after it are one statement.
    /// </summary>
    public bool IsSplitCleft(Cue cue, int clauseFrom, Sentence sentence)
    {
        int comma = scan.PrecedingComma(cue.ClauseStart, sentence.Span.Start);
        if (comma <= clauseFrom || scan.WordCount(TextSpan.FromBounds(clauseFrom, comma)) < 3 || scan.OpensWithAdverbial(clauseFrom))
        {
            return false;
        }

        ReadOnlySpan<char> between = _text.AsSpan(cue.ClauseEnd, Math.Max(0, cue.ContentAfterStart - cue.ClauseEnd)).TrimStart();
        return between.StartsWith(",") && between[1..].Trim().Equals("that", StringComparison.Ordinal);
    }

    /// <summary>
    /// True when the cue's clause closes its sentence, or a parenthetical comma follows it
    /// (<c>..., he added, due to ...</c>): only then is the clause before it the content. With
    /// <paramref name="topicMayClose"/>, a speech verb's topic closes the clause like a place or a time (<c>“...?”
    /// Reyes said of the plan.</c>): the caller asks so only when the topic carried no quoted words, to let the cue
    /// close the quote before it; the clause before a cue is never read through a topic.
    /// </summary>
    public bool EndsSentence(Cue cue, Sentence sentence, bool topicMayClose = false)
    {
        int i = cue.ContentAfterStart >= 0 ? cue.ContentAfterStart : cue.ClauseEnd;
        ReadOnlySpan<char> rest = _text.AsSpan(i, Math.Max(0, sentence.Span.End - i)).Trim();

        // "..., Lee said at a briefing, according to the Ledger.": a source that closes the sentence adds no content.
        int source = rest.IndexOf(", according to ", StringComparison.Ordinal);
        rest = source >= 0 ? rest[..source] : rest;

        if (rest.IsEmpty || rest[0] is ',' or '.' or '!' or '?' or ';')
        {
            return true;
        }

        // "..., Lee said on Tuesday in Dover, noting the cost.": a participle after a comma opens the speaker's
        // next clause; a short phrase between the cue and it (a time, a place) closes the cue's own clause.
        ReadOnlySpan<char> afterCue = _text.AsSpan(cue.ClauseEnd, Math.Max(0, sentence.Span.End - cue.ClauseEnd)).Trim();
        int participle = ParticipleComma(afterCue);
        if (participle >= 0 && participle < 40 && IsTimeOrPlace(afterCue[..participle]))
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
        bool closingPhrase = cue.ContentAfterStart < 0 || (topicMayClose && cue.IsTopic && !cue.IsWeak);
        if (closingPhrase && !rest.Contains(',') && (rest.Length < 80 || describesSpeaker))
        {
            return true;
        }

        // "“...?” Reyes asked with a shrug, shaking his head": manner adverbs, then the clause closes.
        ReadOnlySpan<char> after = _text.AsSpan(cue.ClauseEnd, Math.Max(0, sentence.Span.End - cue.ClauseEnd)).TrimStart();
        int word = 0;
        while (word < after.Length && char.IsLetter(after[word]))
        {
            word++;
        }

        return word > 2 && Cues.WordClasses.IsLyAdverb(after[..word]) && word < after.Length && after[word] is ',' or '.';
    }

    /// <summary>
    /// True for a phrase of a time or a place only ("Tuesday", "on Tuesday in Dover", "in Paris last week"): each
    /// word a capitalised name, a time word or one of the prepositions that open such a phrase.
    /// </summary>
    private static bool IsTimeOrPlace(ReadOnlySpan<char> phrase)
    {
        bool any = false;
        foreach (Range range in phrase.Split(' '))
        {
            ReadOnlySpan<char> word = phrase[range].TrimEnd('.');
            if (word.IsEmpty)
            {
                continue;
            }

            bool named = char.IsUpper(word[0]) || Cues.WordClasses.TimeWords.Contains(word);
            if (!named && word is not ("on" or "in" or "at" or "last" or "this"))
            {
                return false;
            }

            // "chimed in, noting ...": a particle alone is no time or place.
            any |= named;
        }

        return any;
    }

    /// <summary>Where the first comma that a lower-case word in -ing follows stands in <paramref name="rest"/>; -1 when none does.</summary>
    private static int ParticipleComma(ReadOnlySpan<char> rest)
    {
        for (int comma = 0; comma < rest.Length; comma++)
        {
            if (rest[comma] != ',')
            {
                continue;
            }

            ReadOnlySpan<char> after = rest[(comma + 1)..].TrimStart();
            int word = 0;
            while (word < after.Length && char.IsLower(after[word]))
            {
                word++;
            }

            if (word > 4 && after[..word].EndsWith("ing", StringComparison.Ordinal) && (word == after.Length || !char.IsLetter(after[word])))
            {
                return comma;
            }
        }

        return -1;
    }

    /// <summary>True when a comma and more words follow the cue's clause (<c>..., he added, due to ...</c>).</summary>
    public bool IsParenthetical(Cue cue, Sentence sentence)
    {
        int i = cue.ClauseEnd;
        while (i < sentence.Span.End && char.IsWhiteSpace(_text[i]))
        {
            i++;
        }

        if (i >= sentence.Span.End || _text[i] != ',')
        {
            return false;
        }

        // "..., according to Jones, who spoke in Baghdad.": a relative clause after the cue describes the
        // speaker; the statement still ends before the cue.
        ReadOnlySpan<char> after = _text.AsSpan(i + 1, sentence.Span.End - i - 1).TrimStart();
        if (after.StartsWith("who ", StringComparison.Ordinal) || after.StartsWith("which ", StringComparison.Ordinal))
        {
            return false;
        }

        return scan.WordCount(TextSpan.FromBounds(i, sentence.Span.End)) >= 2;
    }

    /// <summary>
    /// True when the words after a cue between commas go on with what was said ("..., he noted, is too
    /// small"), not with the narrator: an appositive after an inverted cue ("said Ann Lee, a fellow at the
    /// institute"), an aside on the whole ("..., Lee said, a plan that ..."), a manner participle ("...,
    /// Lee said, wiping his brow"; in "..., she added, closing it would be ..." it is a subject) or a
    /// clause the narrator adds ("..., he said, and he was upset").
    /// </summary>
    public bool ContinuesStatement(TextSpan after, Cue cue)
    {
        int end = scan.WordEnd(after.Start, after.End);
        if (end == after.Start || !char.IsLower(_text[after.Start]))
        {
            return true;
        }

        ReadOnlySpan<char> word = _text.AsSpan(after.Start, end - after.Start);
        int next = end;
        while (next < after.End && !CharClass.IsWordChar(_text[next]))
        {
            next++;
        }

        // "..., he said, and he was upset": "and" with a new subject is the narrator's; "and with the budget
        // settled, the pier ..." or 'and "nobody listened"' go on with the statement.
        bool newSubject = word is "and" && WordClasses.Pronouns.Contains(_text.AsSpan(next, scan.WordEnd(next, after.End) - next));
        bool manner = word.EndsWith("ing", StringComparison.Ordinal) && !_clauses.ReadsAsClause(after);
        bool narrator = newSubject || manner || word is "a" or "an" or "though" or "although" or "whose";
        // "said Ann Lee, director of the institute": a role word after an inverted cue's name describes her.
        bool role = cue.Kind == CueKind.Inverted && (word is "the" || Entities.EntityLexicons.Roles.Contains(word) || Entities.EntityLexicons.RoleModifiers.Contains(word));
        return !narrator && !role;
    }
}
