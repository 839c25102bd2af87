using System.Collections.Frozen;
using System.Reflection;

namespace QuoteAttribution.Lexicons;

/// <summary>
/// Reads the rule data embedded from <c>Lexicons/*.txt</c>: one entry per line, <c>#</c> starts a comment,
/// blank lines are skipped. Lexicons are loaded once per process and frozen.
/// </summary>
internal static class LexiconFile
{
    /// <summary>The entries of <paramref name="fileName"/>, trimmed, in file order.</summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        Assembly assembly = typeof(LexiconFile).Assembly;
        using Stream stream = assembly.GetManifestResourceStream("QuoteAttribution.Lexicons." + fileName)
            ?? throw new InvalidOperationException($"lexicon {fileName} is not embedded in {assembly.GetName().Name}");
        using StreamReader reader = new(stream);
        List<string> lines = [];
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length > 0)
            {
                lines.Add(entry);
            }
        }

        return lines;
    }

    /// <summary>The entries of <paramref name="fileName"/> as a case-insensitive set.</summary>
    public static FrozenSet<string> Set(string fileName) =>
        Lines(fileName).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
