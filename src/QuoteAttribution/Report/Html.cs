using System.Net;

namespace QuoteAttribution.Report;

/// <summary>HTML escaping and the few number words the report needs.</summary>
internal static class Html
{
    /// <summary>Escapes text for element content and quoted attribute values (<c>&amp; &lt; &gt; " '</c>).</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    /// <summary><c>1 statement</c>, <c>3 statements</c>: the core library stays free of Humanizer.</summary>
    public static string Count(int n, string singular, string plural) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural)}");
}
