using QuoteAttribution.Entities;
using QuoteAttribution.Text;

namespace QuoteAttribution.Coreference;

/// <summary>Tests on the words around a mention: owned documents, parenthetical cues, captions, person nouns.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The owner of a document that speaks: <c>Lee</c> in <c>Lee's letter</c>, <c>her</c> in <c>her
    /// statement</c>; null when the mention is no owned document. Only "his" and "her": the antecedent search
    /// finds people, not the bodies an "its" or "their" stands for.
    /// </summary>
    private static TextSpan? Possessor(TextSpan mention, string words)
    {
        int lastSpace = words.LastIndexOf(' ');
        if (lastSpace < 0 || !EntityLexicons.DocumentNouns.Contains(words.AsSpan(lastSpace + 1)))
        {
            return null;
        }

        // "her statement said": a personal pronoun owns what its person wrote.
        if (words.StartsWith("his ", StringComparison.OrdinalIgnoreCase) || words.StartsWith("her ", StringComparison.OrdinalIgnoreCase))
        {
            return new TextSpan(mention.Start, 3);
        }

        // A named owner's possessive ends the owner's words: "Mr. Lee's letter", "Vance's book".
        foreach (string marker in (ReadOnlySpan<string>)["'s ", "\u2019s "])
        {
            int at = words.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && char.IsUpper(words[0]))
            {
                return new TextSpan(mention.Start, at);
            }
        }

        return null;
    }

    /// <summary>True when a comma follows the mention's verb: <c>he said,</c>.</summary>
    private bool IsParenthetical(TextSpan mention)
    {
        int i = mention.End;
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        while (i < _text.Length && char.IsLetter(_text[i]))
        {
            i++;
        }

        return i < _text.Length && _text[i] == ',';
    }

    /// <summary>
    /// "Ann Lee looks at the photos in 1999. (THE HARWICK PRESS FILE PHOTO)", "(Tom Reyes/CBC)": a caption
    /// ending in a photo credit describes a picture; the people in it are no antecedents for the story's "he".
    /// </summary>
    private bool IsPhotoCaption(int paragraph)
    {
        // Once per paragraph: the antecedent search asks for every candidate of every pronoun.
        _captions ??= new bool?[_context.Paragraphs.Length];
        return _captions[paragraph] ??= EndsWithPhotoCredit(_context.Paragraphs[paragraph].Span.Of(_text));
    }

    private static bool EndsWithPhotoCredit(ReadOnlySpan<char> paragraph)
    {
        ReadOnlySpan<char> words = paragraph.TrimEnd();
        if (words.Length == 0 || words[^1] != ')')
        {
            return false;
        }

        int open = words.LastIndexOf('(');
        if (open < 0)
        {
            return false;
        }

        ReadOnlySpan<char> credit = words[(open + 1)..^1];
        return credit.Contains("photo", StringComparison.OrdinalIgnoreCase) || credit.Contains('/');
    }

    /// <summary>
    /// "the soft-spoken printmaker", "the bow-tied maverick": a definite description whose head the lexicons do
    /// not know, that is no document ("the report") and no organisation, points back to a person.
    /// </summary>
    private static bool IsUnknownPersonNoun(string words, string head) =>
        head.Length > 0 && words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && !EntityLexicons.DocumentNouns.Contains(head)
        && !EntityLexicons.Organizations.Contains(head) && !EntityLexicons.Groups.Contains(head) && !head.EndsWith('s');

    private static bool IsPersonNoun(string head) => head.Length > 0 && MentionWords.RoleUnit(head);
}
