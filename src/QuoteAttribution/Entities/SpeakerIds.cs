using System.Collections.Frozen;
using System.Globalization;
using QuoteAttribution.Lexicons;

namespace QuoteAttribution.Entities;

/// <summary>Stable, readable speaker keys: the same name gives the same id in every run and culture.</summary>
public static class SpeakerIds
{
    /// <summary>
    /// The slug of <paramref name="name"/>: lower-case ASCII letters and digits, diacritics folded,
    /// apostrophes and periods dropped, every other run of characters one hyphen, none at either end.
    /// </summary>
    /// <example><c>Sergei Lavrov</c> → <c>sergei-lavrov</c>; <c>Recep Tayyip Erdoğan</c> → <c>recep-tayyip-erdogan</c>;
    /// <c>U.S. Defense Dept.</c> → <c>us-defense-dept</c>; <c>O'Brien</c> → <c>obrien</c></example>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);

        // A letter folds to at most two ("ß" → "ss"), and a hyphen stands only before a folded letter in
        // place of dropped characters, so the slug is at most three times as long as the name.
        const int StackLimit = 384;
        Span<char> slug = name.Length <= StackLimit / 3 ? stackalloc char[StackLimit] : new char[3 * name.Length];
        int length = 0;
        bool pendingHyphen = false;
        foreach (char c in name)
        {
            if (c is '\'' or '\u2019' or '.' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // ASCII letters and digits, most of every name, fold without a lookup.
            string? folded = char.IsAsciiLetterOrDigit(c) ? null : Folds.GetValueOrDefault(char.ToLowerInvariant(c));
            if (folded is null && !char.IsAsciiLetterOrDigit(c))
            {
                pendingHyphen = length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                slug[length++] = '-';
                pendingHyphen = false;
            }

            if (folded is null)
            {
                slug[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                folded.CopyTo(slug[length..]);
                length += folded.Length;
            }
        }

        return new string(slug[..length]);
    }

    // Lower-case letter → its ASCII spelling ("é" → "e", "ß" → "ss"); a table, not string.Normalize, which
    // under the tool's invariant globalization leaves "é" whole (the ids came out "jos-n-ez").
    private static readonly FrozenDictionary<char, string> Folds = Lexicon.LoadMap("letter-folds.txt")
        .Where(pair => pair.Key.Length == 1)
        .ToFrozenDictionary(pair => pair.Key[0], pair => pair.Value);
}
