namespace QuoteAttribution.Sieves;

/// <summary>One attribution pattern. Sieves run in order; the first that decides for a statement wins.</summary>
public interface IAttributionSieve
{
    /// <summary>Stable kebab-case id: written in each record's <c>rule</c> field.</summary>
    string Name { get; }

    /// <summary>What the sieve decides from, in words (<c>a cue after the quote</c>): shown by <c>quotes explain</c>.</summary>
    string Evidence { get; }

    /// <summary>The decision for statement <paramref name="index"/>, or null when this pattern does not apply.</summary>
    Attribution? TryAttribute(int index, SieveContext context);
}
