namespace QuoteAttribution.Entities;

/// <summary>
/// One article's names with <see cref="EntityCanonicalizer.Canonical"/> remembered per name: coreference
/// asks for the same few names once per statement and candidate, and each answer looks up the names that match.
/// </summary>
internal sealed class CanonicalNames(IReadOnlyList<string> articleNames)
{
    private readonly Dictionary<string, string> _canonical = new(StringComparer.Ordinal);
    private NameCandidates? _candidates;

    /// <summary>The fullest form of <paramref name="name"/> in the article (see <see cref="EntityCanonicalizer.Canonical"/>).</summary>
    public string Canonical(string name)
    {
        if (!_canonical.TryGetValue(name, out string? canonical))
        {
            _candidates ??= new NameCandidates(articleNames);
            canonical = EntityCanonicalizer.CanonicalAmong(name, _candidates);
            _canonical.Add(name, canonical);
        }

        return canonical;
    }
}
