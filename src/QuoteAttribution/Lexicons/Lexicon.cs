using System.Collections.Frozen;
using System.Reflection;

namespace QuoteAttribution.Lexicons;

/// <summary>
/// Loads the embedded word lists under <c>Lexicons/*.txt</c>: one lower-case entry per line, blank lines
/// and <c>#</c> comments ignored, entries trimmed. Sets and maps compare ignoring case, so text as
/// written can be looked up directly (also as a <see cref="ReadOnlySpan{T}"/> through an alternate lookup,
/// without allocating).
/// </summary>
internal static class Lexicon
{
    private const string ResourcePrefix = "QuoteAttribution.Lexicons.";

    /// <summary>The entries of <paramref name="file"/> as a case-insensitive set.</summary>
    /// <example><c>Lexicon.Load("titles.txt").Contains("Prime Minister")</c> → true</example>
    public static FrozenSet<string> Load(string file) =>
        ReadEntries(file).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The <c>key=value</c> lines of <paramref name="file"/> as a case-insensitive map. A line without
    /// <c>=</c> maps the entry to itself; when a key repeats, the first line wins.
    /// </summary>
    /// <example><c>chinese=china</c> → <c>map["Chinese"] == "china"</c></example>
    public static FrozenDictionary<string, string> LoadMap(string file)
    {
        Dictionary<string, string> map = new(StringComparer.OrdinalIgnoreCase);
        foreach (string entry in ReadEntries(file))
        {
            int eq = entry.IndexOf('=', StringComparison.Ordinal);
            string key = eq < 0 ? entry : entry[..eq].TrimEnd();
            string value = eq < 0 ? entry : entry[(eq + 1)..].TrimStart();
            map.TryAdd(key, value);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The raw entries of <paramref name="file"/>, in file order, comments and blanks removed.</summary>
    public static IReadOnlyList<string> ReadEntries(string file)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new ArgumentException($"no embedded lexicon named '{file}'", nameof(file));
        using StreamReader reader = new(stream);
        List<string> entries = [];
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string entry = (hash < 0 ? line : line[..hash]).Trim();
            if (entry.Length > 0)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>The names of every embedded lexicon file (<c>titles.txt</c>, …).</summary>
    public static IReadOnlyList<string> Files() =>
        [.. Assembly.GetExecutingAssembly().GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..])
            .Order(StringComparer.Ordinal)];
}
