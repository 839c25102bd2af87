namespace QuoteAttribution.Segmentation;

/// <summary>
/// Paragraphs that caption a photo: "... (THE HARWICK PRESS FILE PHOTO)", "(Tom Reyes/CBC)". A caption makes no
/// statement and names no antecedent: it describes a picture, and repeats the story's words out of their place.
/// </summary>
internal static class PhotoCaptions
{
    /// <summary>True when the paragraph ends in a bracketed credit that says "photo" or has a slash.</summary>
    public static bool EndsWithPhotoCredit(ReadOnlySpan<char> paragraph)
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
}
