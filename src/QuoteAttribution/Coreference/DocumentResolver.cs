using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>
/// Documents speak for their authors: "the rail firm's winter report says" → the rail firm, "a report by the
/// auditor" → the auditor, "a survey in the Gazette" → the Gazette (its publisher), "the report" → the author of the
/// document the article introduced just before (<see cref="DocumentAuthors"/>). A document with no author
/// the article names is the speaker itself, typed <see cref="SpeakerType.Document"/>: "the lawsuit alleges".
/// A document noun is the mention's head when it ends the mention or a preposition follows it; one that only
/// modifies ("the report card") is no document.
/// </summary>
internal sealed class DocumentResolver : IMentionResolver
{
    // The words after a document noun that introduce its author or publisher.
    private static readonly string[] AuthorWords = ["by", "from", "in"];

    // The words after a document noun that keep it the head of the phrase: "a report on prices", "a letter to".
    private static readonly string[] HeadFollowers = ["by", "from", "in", "of", "on", "for", "to", "about", "released", "published", "issued", "obtained", "filed", "seen"];

    /// <inheritdoc/>
    public ResolvedSpeaker? Resolve(SpeakerMention mention, MentionResolution resolution)
    {
        if (mention.Parsed.IsPronoun || HeadNoun(mention.Words) is not var (headStart, headEnd))
        {
            return null;
        }

        ResolvedSpeaker? author = AuthorAfter(mention, headEnd, resolution) ?? Possessor(mention, headStart, resolution)
            ?? Introduced(mention, mention.Words[headStart..headEnd], resolution);
        return author is { Name.Length: > 0, Type: SpeakerType.Person or SpeakerType.Organization }
            ? author with { Mention = mention.Words, MentionSpan = mention.Span }
            : new ResolvedSpeaker(WithoutDeterminer(mention.Words.Trim()), SpeakerType.Document, "", "", mention.Words, mention.Span);
    }

    /// <summary>Where the document noun that heads <paramref name="words"/> starts and ends, or null when none does.</summary>
    private static (int Start, int End)? HeadNoun(string words)
    {
        int start = 0;
        while (start < words.Length)
        {
            int end = words.IndexOf(' ', start);
            end = end < 0 ? words.Length : end;
            ReadOnlySpan<char> word = words.AsSpan(start, end - start);
            if (word.Length > 0 && char.IsLower(word[0]) && EntityLexicons.DocumentNouns.Contains(word))
            {
                ReadOnlySpan<char> next = NextWord(words, end);
                return next.IsEmpty || IsOneOf(next, HeadFollowers) ? (start, end) : null;
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>"a report by the auditor", "a survey from Acme Research": the author named after the document noun.</summary>
    private static ResolvedSpeaker? AuthorAfter(SpeakerMention mention, int headEnd, MentionResolution resolution)
    {
        ReadOnlySpan<char> next = NextWord(mention.Words, headEnd);
        if (!IsOneOf(next, AuthorWords))
        {
            return null;
        }

        // "by the auditor", "in the Gazette"; not "a study in 2017": a publisher is named with a capital.
        int authorStart = headEnd + 1 + next.Length + 1;
        if (authorStart >= mention.Words.Length || !char.IsLetter(mention.Words[authorStart])
            || (next.Equals("in", StringComparison.OrdinalIgnoreCase) && !mention.Words.AsSpan(authorStart).ContainsAnyInRange('A', 'Z')))
        {
            return null;
        }

        return resolution.Resolve(new TextSpan(mention.Span.Start + authorStart, mention.Span.Length - authorStart), null);
    }

    /// <summary>
    /// "the report" after "a study by the Harwick Institute": the author of the document introduced before. A
    /// capitalised modifier names its own source ("the Gazette report"), so such a mention looks no further.
    /// </summary>
    private static ResolvedSpeaker? Introduced(SpeakerMention mention, string noun, MentionResolution resolution) =>
        mention.Words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !mention.Words.AsSpan(4).ContainsAnyInRange('A', 'Z')
        && resolution.Entities.Documents.Before(mention.Span, noun) is { } author
            ? resolution.Resolve(author, null)
            : null;

    /// <summary>"the union's survey", "its report": the owner whose possessive stands before the document noun.</summary>
    private static ResolvedSpeaker? Possessor(SpeakerMention mention, int headStart, MentionResolution resolution)
    {
        string words = mention.Words;
        if (words.StartsWith("its ", StringComparison.OrdinalIgnoreCase) || words.StartsWith("their ", StringComparison.OrdinalIgnoreCase))
        {
            return resolution.Resolve(new TextSpan(mention.Span.Start, words.IndexOf(' ', StringComparison.Ordinal)), null);
        }

        foreach (string marker in (ReadOnlySpan<string>)["'s ", "\u2019s "])
        {
            int at = words.LastIndexOf(marker, headStart, StringComparison.Ordinal);
            if (at > 0)
            {
                return resolution.Resolve(new TextSpan(mention.Span.Start, at), null);
            }
        }

        return null;
    }

    /// <summary>
    /// "the lawsuit" → "lawsuit": a definite description is named without its article, as role descriptions are;
    /// an indefinite one keeps it ("a council memo"), as anonymous sources do.
    /// </summary>
    private static string WithoutDeterminer(string words) =>
        words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && words.Length > 4 ? words[4..] : words;

    private static ReadOnlySpan<char> NextWord(string words, int end)
    {
        if (end + 1 >= words.Length)
        {
            return [];
        }

        int next = words.IndexOf(' ', end + 1);
        return words.AsSpan(end + 1, (next < 0 ? words.Length : next) - end - 1);
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (string candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
