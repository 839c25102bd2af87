using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues.SpeakerPatterns;

/// <summary>
/// A name and a description between commas before the verb, in either order: the part written all in capitals
/// is the name (<c>Ash Carter, the U.S. defense secretary, said</c>, <c>Syria's army chief, General Ayoub,
/// said</c>); a listed description (<see cref="ListAppositive"/>) and a place after "in" or "of" are read too.
/// </summary>
/// <example>Dana Whitlock, a nursing student at the city college, said the bus was late. → Dana Whitlock</example>
internal sealed class AppositivePattern : ISpeakerPattern
{
    public string Name => "appositive";

    public PatternResult Read(VerbSite site) =>
        site.View.IsPunct(site.Head, ',') && Subject(site, site.Head) is { } cue ? PatternResult.Found(cue) : PatternResult.Pass;

    private static Cue? Subject(VerbSite site, int comma)
    {
        if (ListAppositive.Read(site, comma) is { } listed)
        {
            return listed;
        }

        SentenceView s = site.View;
        (int innerStart, int innerEnd) = Description(s, comma);
        if (innerStart <= 0 || innerStart > innerEnd || !s.IsPunct(innerStart - 1, ',') || !s.IsWord(innerStart))
        {
            return null;
        }

        // "Ann Marsh, also a Senate candidate, called": an adverb before the description's determiner.
        int descriptionStart = innerStart;
        if (s.Is(innerStart, "also") && s.IsWord(innerStart + 1) && WordClasses.Determiners.Contains(s.Word(innerStart + 1)))
        {
            descriptionStart = innerStart + 1;
        }

        // "..., was also badly hit, said X": a chunk that opens with a function word or verb is a clause, not an appositive.
        ReadOnlySpan<char> opener = s.Word(descriptionStart);
        if ((WordClasses.PhraseBreaks.Contains(opener) && opener is not ("who" or "which"))
            || (s.TryGetSpeechVerb(descriptionStart, out SpeechVerb openerVerb) && openerVerb.Form != VerbForm.Gerund))
        {
            return null;
        }

        // "Sen. Ted Cruz (R-Texas), also ...": the party and state in brackets after the name are skipped.
        int outerEnd = Brackets.SkipBackwards(s, innerStart - 2);
        int outerStart = NounPhrases.StartOfPhraseEndingAt(s, outerEnd);
        if (outerStart < 0)
        {
            return null;
        }

        if (PlaceBeforeComma(site, comma, outerStart, innerStart, innerEnd, out Cue? placed))
        {
            return placed;
        }

        // The name is the part written all in capitals; the other part describes it.
        bool innerIsName = NounPhrases.IsAllCapitalized(s, innerStart, innerEnd) && !NounPhrases.IsAllCapitalized(s, outerStart, outerEnd);
        (int nameStart, int nameEnd, int descStart, int descEnd) = innerIsName
            ? (innerStart, innerEnd, outerStart, outerEnd)
            : (outerStart, outerEnd, descriptionStart, innerEnd);
        Cue subject = site.Basic with
        {
            Speaker = s.Span(nameStart, nameEnd),
            Appositive = s.Span(descStart, descEnd),
            ClauseStart = s.Tokens[outerStart].Span.Start,
        };
        return site.WithContent(subject);
    }

    /// <summary>The chunk before <paramref name="comma"/> back to the previous comma, whatever it holds.</summary>
    private static (int Start, int End) Description(SentenceView s, int comma)
    {
        int innerEnd = comma - 1;

        // "of Dayton, Mich., said": a state's abbreviation keeps its period.
        if (s.IsPunct(innerEnd, '.') && s.IsWord(innerEnd - 1) && s.IsCapitalized(innerEnd - 1))
        {
            innerEnd--;
        }

        int innerStart = innerEnd;
        while (innerStart > 0 && comma - innerStart < 25)
        {
            // "Tom Vance, the co-author of “Open Water,” about the harbour, said": a short quoted title, its
            // comma included, is part of the description.
            if (s.InQuote[innerStart - 1] && QuotedTitleStart(s, innerStart - 1) is int title)
            {
                innerStart = title;
                continue;
            }

            if (s.IsPunct(innerStart - 1, ',') || (s.IsQuoteMark(innerStart - 1) && !s.IsPossessiveMark(innerStart - 1)))
            {
                break;
            }

            innerStart--;
        }

        return (innerStart, innerEnd);
    }

    /// <summary>
    /// "Lee, during a meeting in Dayton, Ohio, said", "Tom Reyes, 22, of Salem, Ore., said": a place after
    /// "in"/"of" and its region are no name and description; the speaker stands before them. True, with the
    /// <paramref name="cue"/>, when a speaker was found before the place.
    /// </summary>
    private static bool PlaceBeforeComma(VerbSite site, int comma, int outerStart, int innerStart, int innerEnd, out Cue? cue)
    {
        SentenceView s = site.View;
        cue = null;
        if (!(outerStart > 0 && (s.Is(outerStart - 1, "in") || s.Is(outerStart - 1, "of") || s.Is(outerStart - 1, "from"))
            && NounPhrases.IsAllCapitalized(s, innerStart, innerEnd) && innerEnd - innerStart < 2))
        {
            return false;
        }

        int before = outerStart - 1;
        while (before > 0 && !s.IsPunct(before, ',') && comma - before < 30)
        {
            before--;
        }

        if (before <= 0 || !s.IsPunct(before, ','))
        {
            return false;
        }

        if (Subject(site, before) is { } further)
        {
            cue = further;
            return true;
        }

        int end = Brackets.SkipBackwards(s, before - 1);
        int start = NounPhrases.StartOfPhraseEndingAt(s, end);
        if (start >= 0 && start == s.FirstWord && NounPhrases.IsAllCapitalized(s, start, end))
        {
            cue = site.WithContent(site.Basic with { Speaker = s.Span(start, end), ClauseStart = s.Tokens[start].Span.Start });
            return true;
        }

        return false;
    }

    /// <summary>
    /// The opening mark of a short quoted title that ends at <paramref name="close"/> ("“Open Water,”",
    /// "“Vote Lee”"): at most six words, the first capitalised; null for anything longer, which is speech.
    /// </summary>
    private static int? QuotedTitleStart(SentenceView s, int close)
    {
        int open = close;
        while (open > 0 && s.InQuote[open - 1] && close - open < 9)
        {
            open--;
        }

        bool shortTitle = s.IsQuoteMark(open) && s.IsQuoteMark(close) && open < close - 1 && (open == 0 || !s.InQuote[open - 1])
            && s.Tokens[open + 1].IsWord && char.IsUpper(s.Word(open + 1)[0]);
        return shortTitle ? open : null;
    }
}
