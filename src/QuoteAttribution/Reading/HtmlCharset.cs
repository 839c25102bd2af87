using System.Text;
using System.Text.RegularExpressions;

namespace QuoteAttribution.Reading;

/// <summary>
/// The single-byte charset an HTML page declares in its head (<c>&lt;meta charset="windows-1252"&gt;</c> or
/// <c>&lt;meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"&gt;</c>). As in browsers
/// (the WHATWG encoding standard), ISO-8859-1 and US-ASCII labels mean windows-1252. Other labels are
/// left to UTF-8, which most pages are whatever they say.
/// </summary>
internal static partial class HtmlCharset
{
    private const int Windows1252 = 1252;

    /// <summary>The declared single-byte encoding in the sniffed start of a page, or null.</summary>
    public static Encoding? Declared(ReadOnlySpan<byte> head)
    {
        // Latin-1 maps every byte to one character, so the ASCII markup reads the same whatever the encoding.
        Match match = CharsetRegex().Match(Encoding.Latin1.GetString(head));
        if (!match.Success)
        {
            return null;
        }

        return match.Groups["name"].Value.ToUpperInvariant() switch
        {
            "WINDOWS-1252" or "CP1252" or "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "L1" or "US-ASCII" or "ASCII" =>
                System.Text.CodePagesEncodingProvider.Instance.GetEncoding(Windows1252) ?? Encoding.Latin1,
            _ => null,
        };
    }

    // <meta charset="windows-1252"> or <meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
    [GeneratedRegex(
        @"<meta\b[^<>]{0,300}?\bcharset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_.:-]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CharsetRegex();
}
