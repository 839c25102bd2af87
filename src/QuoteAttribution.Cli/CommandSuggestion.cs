using System.CommandLine;

namespace QuoteAttribution.Cli;

/// <summary>The command a mistyped one was probably meant to be (<c>extrct</c> → <c>extract</c>).</summary>
internal static class CommandSuggestion
{
    /// <summary>More edits than this and a guess is no longer helpful (<c>spk</c> is not <c>speakers</c>).</summary>
    private const int MaxEdits = 2;

    /// <summary>
    /// The subcommand of <paramref name="root"/> closest to <paramref name="typed"/> within <see cref="MaxEdits"/>
    /// edits (a swap of two neighbours counts as one), else one that starts with it; null when none is close.
    /// </summary>
    public static string? For(RootCommand root, string typed)
    {
        string lower = typed.ToLowerInvariant();
        string[] names = [.. root.Subcommands.Select(c => c.Name)];
        string? closest = names
            .Select(name => (Name: name, Edits: Distance(lower, name)))
            .Where(pair => pair.Edits <= MaxEdits)
            .OrderBy(pair => pair.Edits)
            .ThenBy(pair => pair.Name, StringComparer.Ordinal)
            .Select(pair => pair.Name)
            .FirstOrDefault();
        return closest ?? names.FirstOrDefault(name => lower.Length >= 3 && name.StartsWith(lower, StringComparison.Ordinal));
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps, each one edit.
    private static int Distance(string a, string b)
    {
        int[,] d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
