using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// "... a study done by Kelvar. The agency said ...", "Vantor posted a video. ... In May the company said ...":
/// when no name the lexicons read as an organisation comes before a "the company", the nearest capitalised name
/// in its sentence or the two before that is no person, place, title or date is the body it stands for. Brand
/// names rarely carry a head word like "Foods" or "Board", so the lexicons cannot tell them; what the article
/// says of everyone else can.
/// </summary>
internal sealed class BodyNames(ArticleEntities entities)
{
    private const int SentencesBack = 2;

    // How far back the search reads at most, so that a run-on sentence of megabytes costs no more per mention.
    private const int MaxChars = 3000;

    // The words of every person's name in the article, and the names that open a sentence before a verb, read
    // on the first question.
    private HashSet<string>? _personWords;
    private HashSet<string>? _subjects;
    private readonly Dictionary<string, bool> _capitalisedInside = new(StringComparer.Ordinal);

    /// <summary>The nearest body name before <paramref name="mention"/>, or null.</summary>
    public string? Before(TextSpan mention)
    {
        int sentence = entities.Context.FirstSentenceFrom(mention.Start + 1) - 1;
        if (sentence < 0)
        {
            return null;
        }

        int first = Math.Max(0, sentence - SentencesBack);
        string text = entities.Text;
        string? found = null;
        for (int s = first; s <= sentence; s++)
        {
            TextSpan span = entities.Context.Sentences[s].Span;
            int end = Math.Min(span.End, mention.Start);
            for (int at = Math.Max(span.Start, mention.Start - MaxChars); at < end;)
            {
                int runEnd = CapitalisedRunEnd(text, at, end);
                if (runEnd > at)
                {
                    found = IsBody(text, at, runEnd, opensSentence: at == span.Start) ? text[at..runEnd] : found;
                    at = runEnd;
                    continue;
                }

                at = NextWordStart(text, at, end);
            }
        }

        return found;
    }

    /// <summary>True when the run names no person, place, title, date or function word.</summary>
    private bool IsBody(string text, int start, int end, bool opensSentence)
    {
        ReadOnlySpan<char> run = text.AsSpan(start, end - start);
        int space = run.IndexOf(' ');
        ReadOnlySpan<char> firstWord = space < 0 ? run : run[..space];
        if (EntityLexicons.TitleStopWords.Contains(firstWord) || Cues.WordClasses.TimeWords.Contains(firstWord) || EntityLexicons.FirstNames.ContainsKey(firstWord)
            || EntityLexicons.Titles.Contains(firstWord) || EntityLexicons.Honorifics.Contains(firstWord) || MentionWords.RoleUnit(firstWord)
            || EntityLexicons.Countries.ContainsKey(run) || EntityLexicons.Regions.Contains(run) || EntityLexicons.Parties.Contains(run))
        {
            return false;
        }

        // "Despite the ...", "Officials said": a sentence opens with a capital whatever the word; a lone word
        // there is a name only when the article writes it with a capital inside a sentence too.
        if (opensSentence && space < 0 && !IsCapitalisedInside(text, run.ToString()))
        {
            return false;
        }

        // A capitalised run may be a place, an event or a person the article names only in passing: it names a body
        // when it is written like one ("Procter & Gamble", "TransLink") or acts like one, opening a sentence before
        // its verb ("Vantor posted a video").
        _subjects ??= SentenceSubjects();
        if (!run.Contains('&') && !HasInnerCapital(run) && !_subjects.Contains(run.ToString()))
        {
            return false;
        }

        _personWords ??= PersonWords();
        foreach (Range word in run.Split(' '))
        {
            if (_personWords.Contains(run[word].ToString()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"TransLink", "GunBroker": a capital inside a word of plain letters (not a code like "pic/Xy8Rk2").</summary>
    private static bool HasInnerCapital(ReadOnlySpan<char> run)
    {
        // "McLean", "MacKay": a surname's prefix, not a brand's inner capital.
        if (run.ContainsAnyInRange('0', '9') || run.StartsWith("Mc", StringComparison.Ordinal) || run.StartsWith("Mac", StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = 1; i < run.Length; i++)
        {
            if (char.IsAsciiLetterUpper(run[i]) && char.IsAsciiLetterLower(run[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The capitalised runs that open a sentence (after an optional "The") and are followed by a lower-case word.</summary>
    private HashSet<string> SentenceSubjects()
    {
        HashSet<string> subjects = new(StringComparer.Ordinal);
        string text = entities.Text;
        foreach (Segmentation.Sentence sentence in entities.Context.Sentences)
        {
            int at = sentence.Span.Start;
            if (text.AsSpan(at, sentence.Span.End - at).StartsWith("The ", StringComparison.Ordinal))
            {
                at += 4;
            }

            int end = CapitalisedRunEnd(text, at, sentence.Span.End);
            if (end > at && end + 1 < sentence.Span.End && text[end] == ' ' && char.IsLower(text[end + 1]))
            {
                subjects.Add(text[at..end]);
            }
        }

        return subjects;
    }

    // Each word is looked up in the whole text once per article, not once per mention that asks.
    private bool IsCapitalisedInside(string text, string word)
    {
        if (!_capitalisedInside.TryGetValue(word, out bool inside))
        {
            inside = CapitalisedInside(text, word);
            _capitalisedInside.Add(word, inside);
        }

        return inside;
    }

    private static bool CapitalisedInside(string text, ReadOnlySpan<char> word)
    {
        for (int at = text.AsSpan().IndexOf(word, StringComparison.Ordinal); at >= 0;)
        {
            int end = at + word.Length;
            if (at >= 2 && text[at - 1] == ' ' && char.IsLower(text[at - 2]) && (end >= text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            int next = text.AsSpan(end).IndexOf(word, StringComparison.Ordinal);
            at = next < 0 ? -1 : end + next;
        }

        return false;
    }

    private HashSet<string> PersonWords()
    {
        HashSet<string> words = new(StringComparer.OrdinalIgnoreCase);
        // Only full names: a lone capitalised subject ("Vantor posted a video") is read as a person until the
        // article says otherwise, and a person's surname alone is in their full name too.
        foreach (PersonMention person in entities.People)
        {
            string[] parts = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                words.UnionWith(parts);
            }
        }

        return words;
    }

    /// <summary>
    /// Where the run of capitalised words starting at <paramref name="start"/> ends ("Procter &amp; Gamble",
    /// "Kelvar Transit"); <paramref name="start"/> itself when no capital opens a word there.
    /// </summary>
    private static int CapitalisedRunEnd(string text, int start, int limit)
    {
        int end = start;
        int at = start;
        while (at < limit && char.IsUpper(text[at]) && (at == 0 || !char.IsLetterOrDigit(text[at - 1]) && text[at - 1] is not ('/' or '@' or '#' or '.')))
        {
            int wordEnd = at;
            while (wordEnd < limit && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '.' && wordEnd + 1 < limit && char.IsUpper(text[wordEnd + 1])))
            {
                wordEnd++;
            }

            // "U.S.": an abbreviation keeps its last period.
            if (wordEnd < limit && text[wordEnd] == '.' && text.AsSpan(at, wordEnd - at).Contains('.'))
            {
                wordEnd++;
            }

            end = wordEnd;
            if (wordEnd + 3 < limit && text[wordEnd] == ' ' && text[wordEnd + 1] == '&' && text[wordEnd + 2] == ' ')
            {
                at = wordEnd + 3;
            }
            else if (wordEnd + 1 < limit && text[wordEnd] == ' ')
            {
                at = wordEnd + 1;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int NextWordStart(string text, int at, int limit)
    {
        while (at < limit && char.IsLetterOrDigit(text[at]))
        {
            at++;
        }

        while (at < limit && !char.IsLetterOrDigit(text[at]))
        {
            at++;
        }

        return at;
    }
}
