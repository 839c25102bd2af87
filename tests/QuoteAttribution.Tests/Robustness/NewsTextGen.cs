using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Generated article text built from the parts that are hard for the analyzer: every quotation mark,
/// apostrophes, cue verbs, titles, names, pronouns, punctuation, line breaks, and hostile characters
/// (unpaired surrogates, NUL, control characters, right-to-left marks, CJK, emoji). Shrinks by dropping pieces.
/// </summary>
internal static class NewsTextGen
{
    private static readonly string[] QuoteMarks =
        ["\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "'", "\u2018", "\u2019", "\u201A", "\u2039", "\u203A", "``", "''"];

    private static readonly string[] Words =
    [
        "said", "says", "told", "according to", "as saying", "added", "stated", "warned", "believes that", "that",
        "Mayor", "President", "Foreign Minister", "Dr.", "Mr.", "Mrs.", "Gen.", "spokesman", "a senior official",
        "Jane Smith", "Smith", "Sergei Lavrov", "Lavrov", "O'Brien", "Ahmed al-Saadi", "NATO", "the ministry",
        "he", "she", "they", "it", "He", "She", "His", "reporters", "on Wednesday", "in a statement", "the",
        "We will win", "don't", "it's", "rock 'n' roll", "'90s", "the nation's", "U.S.", "No.", "3.5", "1,000",
    ];

    private static readonly string[] Punctuation =
        [",", ".", ":", ";", "\u2014", "\u2013", "-", "--", "?", "!", "(", ")", "...", "\u2026", "[", "]"];

    private static readonly string[] Breaks =
        [" ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00A0", "\u2028", "\u2029", "\f", "\v", "\n \n"];

    private static readonly string[] Hazards =
    [
        "\uD800", "\uDC00", "\uDBFF\uD800", "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u200B", "\u200F",
        "\u202E", "\uFEFF", "\u00AD", "\uFFFD", "\uFFFF", "\u0627\u0644\u0631\u0626\u064A\u0633 \u0642\u0627\u0644",
        "\u05D0\u05DE\u05E8", "\u4ED6\u8BF4", "\u300C\u5F15\u7528\u300D", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69",
        "e\u0301", "\u0130stanbul", "I\u0307", "\u0131", "\u00DF", "<div>", "&amp;", "\\", "{", "#",
    ];

    private static readonly string[] Sentences =
    [
        "\"We will not back down,\" said Mayor Jane Smith.",
        "\u201CIt is over,\u201D he told reporters. \u201CWe won.\u201D",
        "Smith said the talks had failed.",
        "According to a senior official, the deal is dead.",
        "Lavrov was quoted as saying that \"nothing has changed\".",
        "\"First part,\" she said, \"second part.\"",
        "The minister added: \"No comment.\"",
        "\u00AB Nous gagnerons \u00BB, a dit le maire.",
        "\u201EWir gewinnen\u201C, sagte er.",
        "'Single quoted,' said the spokesman.",
        "\"Unclosed quote runs on\n\n\"and on to the next paragraph.\"",
    ];

    /// <summary>Articles up to a few hundred pieces long, shrinking by dropping pieces.</summary>
    public static Arbitrary<GeneratedText> Articles { get; } = Arb.From(PieceArrays().Select(p => new GeneratedText(p)), Shrink);

    private static Gen<string[]> PieceArrays() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size * 3)).SelectMany(n => Gen.ArrayOf(Piece(), n)));

    private static Gen<string> Piece() => Gen.Frequency(
        (8, Gen.Elements(Words)),
        (6, Gen.Elements(QuoteMarks)),
        (4, Gen.Elements(Punctuation)),
        (8, Gen.Elements(Breaks)),
        (3, Gen.Elements(Hazards)),
        (3, Gen.Elements(Sentences)),
        (2, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));

    private static IEnumerable<GeneratedText> Shrink(GeneratedText text)
    {
        string[] pieces = text.Pieces;
        for (int chunk = pieces.Length / 2; chunk >= 1; chunk /= 2)
        {
            for (int at = 0; at + chunk <= pieces.Length; at += chunk)
            {
                yield return new GeneratedText([.. pieces[..at], .. pieces[(at + chunk)..]]);
            }
        }
    }
}

/// <summary>A generated article; prints escaped so a failing case can be pasted into a test.</summary>
internal sealed record GeneratedText(string[] Pieces)
{
    public string Text { get; } = string.Concat(Pieces);

    public override string ToString()
    {
        StringBuilder escaped = new("\"");
        foreach (char c in Text)
        {
            escaped.Append(c is >= ' ' and <= '~' and not '"' and not '\\'
                ? c.ToString()
                : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"));
        }

        return escaped.Append('"').ToString();
    }
}
