using System.CommandLine;
using QuoteAttribution.Text;

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
            .Select(name => (Name: name, Edits: EditDistance.Between(lower, name)))
            .Where(pair => pair.Edits <= MaxEdits)
            .OrderBy(pair => pair.Edits)
            .ThenBy(pair => pair.Name, StringComparer.Ordinal)
            .Select(pair => pair.Name)
            .FirstOrDefault();
        return closest ?? names.FirstOrDefault(name => lower.Length >= 3 && name.StartsWith(lower, StringComparison.Ordinal));
    }
}
