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
        StringBuilder slug = new(decomposed.Length);
        bool pendingHyphen = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019' or '.')
            {
                continue;
            }

            string? folded = Fold(c);
            if (folded is null)
            {
                pendingHyphen = slug.Length > 0;
                continue;
            }

            if (pendingHyphen)
            {
                slug.Append('-');
                pendingHyphen = false;
            }

            slug.Append(folded);
        }

        return slug.ToString();
    }

    // Lower-case ASCII for a letter or digit (with the letters FormD does not decompose), else null.
    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        >= 'A' and <= 'Z' => char.ToLowerInvariant(c).ToString(),
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
