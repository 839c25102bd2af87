using System.Globalization;
using QuoteAttribution.Segmentation;

namespace QuoteAttribution.Cues;

/// <summary>
/// Words that open an adverbial after a verb (<c>said on Thursday</c>, <c>said roughly</c>), told apart from an
/// approximator before a number that opens the content (<c>said roughly 40 per cent of ...</c>).
/// </summary>
internal static class Adverbials
{
    /// <summary>True when the word at <paramref name="k"/> opens an adverbial.</summary>
    public static bool Opens(SentenceView s, int k)
    {
        ReadOnlySpan<char> word = s.Word(k);

        // "said roughly 40 per cent of ...", "said about 30 people ...": an approximator before a number opens the content.
        bool approximator = WordClasses.IsLyAdverb(word) || word is "about" or "around";
        if (approximator && s.IsWord(k + 1) && IsNumber(s.Word(k + 1)) && !IsYear(s.Word(k + 1)))
        {
            return false;
        }

        return WordClasses.AdverbialOpeners.Contains(word) || WordClasses.TimeWords.Contains(word) || WordClasses.IsLyAdverb(word);
    }

    /// <summary>A year from 1900 to 2099 written in digits.</summary>
    public static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && (word.StartsWith("19") || word.StartsWith("20")) && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static bool IsNumber(ReadOnlySpan<char> word) =>
        char.IsDigit(word[0]) || WordClasses.NumberWords.Contains(word);
}
