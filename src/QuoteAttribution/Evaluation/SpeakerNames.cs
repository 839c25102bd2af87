using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace QuoteAttribution.Evaluation;

/// <summary><c>score.py</c>'s <c>words</c> and <c>names_match</c>: does a system name name the gold speaker?</summary>
internal static partial class SpeakerNames
{
    /// <summary>Words ignored when names are compared (score.py's <c>STOP</c>).</summary>
    public static readonly FrozenSet<string> Stop = FrozenSet.Create(
        StringComparer.Ordinal,
        "the", "a", "an", "of", "mr", "mrs", "ms", "miss", "dr", "sir", "s", "and", "for", "to", "in", "on", "at", "by");

    /// <summary>Gold speakers made only of these never match by name (score.py's <c>PRONOUNS</c>).</summary>
    public static readonly FrozenSet<string> Pronouns = FrozenSet.Create(
        StringComparer.Ordinal,
        "he", "she", "they", "i", "we", "it", "him", "her", "them", "his", "hers", "their");

    /// <summary>The lower-case ASCII words of a name, stop words left out, in order.</summary>
    public static List<string> Words(string? s)
    {
        List<string> words = [];
        foreach (Match match in WordPattern().Matches((s ?? "").ToLowerInvariant()))
        {
            if (!Stop.Contains(match.Value))
            {
                words.Add(match.Value);
            }
        }

        return words;
    }

    /// <summary>
    /// True when <paramref name="system"/> names <paramref name="gold"/>: it holds the gold name's last
    /// word (the surname), or at least half of the gold name's distinct words. A gold speaker that is
    /// only pronouns never matches.
    /// </summary>
    public static bool NamesMatch(string? system, string? gold)
    {
        List<string> g = Words(gold);
        HashSet<string> s = new(Words(system), StringComparer.Ordinal);
        if (g.Count == 0 || s.Count == 0)
        {
            return false;
        }

        HashSet<string> goldSet = new(g, StringComparer.Ordinal);
        if (goldSet.IsSubsetOf(Pronouns))
        {
            return false;
        }

        if (s.Contains(g[^1]))
        {
            return true;
        }

        int shared = goldSet.Count(s.Contains);
        return shared * 2 >= goldSet.Count;
    }

    [GeneratedRegex("[a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
