using System.Reflection;

namespace QuoteAttribution.Report;

/// <summary>The stylesheet and script embedded in every report (<c>Report/report.css</c>, <c>Report/report.js</c>).</summary>
internal static class ReportResources
{
    public static string Css { get; } = Load("report.css");

    public static string Script { get; } = Load("report.js");

    private static string Load(string name)
    {
        string resource = "QuoteAttribution.Report." + name;
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using StreamReader reader = new(stream);

        // Line endings are normalised so that a checkout with CRLF still renders the same bytes.
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
