using System.Globalization;
using System.Text;

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
        string decomposed = name.Normalize(NormalizationForm.FormD);

        // A character folds to at most two ("ß" → "ss"), and a hyphen stands only before a folded character
        // in place of a dropped one, so the slug is at most twice as long as the decomposed name.
        const int StackLimit = 256;
        Span<char> slug = decomposed.Length <= StackLimit / 2 ? stackalloc char[StackLimit] : new char[2 * decomposed.Length];
        int length = 0;
        bool pendingHyphen = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '.')
            {
                continue;
            }

            // ASCII letters and digits, most of every name, fold without a lookup.
            string? folded = char.IsAsciiLetterOrDigit(c) ? null : Fold(c);
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

    // Lower-case ASCII for the non-ASCII letters FormD does not decompose, else null.
    private static string? Fold(char c) => c switch
    {
        'ß' => "ss",
        'ø' or 'Ø' => "o",
        'ł' or 'Ł' => "l",
        'đ' or 'Đ' => "d",
        'æ' or 'Æ' => "ae",
        'œ' or 'Œ' => "oe",
        'ı' => "i",
        'þ' or 'Þ' => "th",
        _ => null,
    };
}
