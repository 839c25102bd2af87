namespace QuoteAttribution.Evaluation;

/// <summary>
/// One-to-one matching of system statements to gold statements, largest overlap first, exactly as
/// <c>score.py</c> does it.
/// </summary>
internal static class StatementMatcher
{
    /// <summary>
    /// Pairs (gold index, system index). A pair is a candidate when the system span covers at least
    /// <paramref name="tau"/> of the gold span's code points (and at least one). Candidates are taken
    /// greedily in the order of Python's <c>sorted((ov, i, j), reverse=True)</c>: larger overlap first,
    /// then the larger gold index, then the larger system index.
    /// </summary>
    /// <param name="gold">Gold spans in code points.</param>
    /// <param name="system">System spans already converted to code points.</param>
    /// <param name="tau">The coverage threshold (0.3 lenient, 0.8 strict).</param>
    /// <returns>The pairs in the order they were accepted.</returns>
    public static List<(int Gold, int System)> Match(
        IReadOnlyList<(long Start, long End)> gold,
        IReadOnlyList<(long Start, long End)> system,
        double tau)
    {
        List<(long Overlap, int Gold, int System)> candidates = [];
        for (int i = 0; i < gold.Count; i++)
        {
            long goldLength = gold[i].End - gold[i].Start;
            for (int j = 0; j < system.Count; j++)
            {
                long ov = SpeakerCheck.Overlap(system[j].Start, system[j].End, gold[i].Start, gold[i].End);
                if (ov > 0 && ov >= tau * goldLength)
                {
                    candidates.Add((ov, i, j));
                }
            }
        }

        candidates.Sort(static (a, b) => b.CompareTo(a));
        HashSet<int> usedGold = [];
        HashSet<int> usedSystem = [];
        List<(int Gold, int System)> matched = [];
        foreach ((_, int i, int j) in candidates)
        {
            if (usedGold.Contains(i) || usedSystem.Contains(j))
            {
                continue;
            }

            usedGold.Add(i);
            usedSystem.Add(j);
            matched.Add((i, j));
        }

        return matched;
    }
}
