using System.Collections.Immutable;

namespace QuoteAttribution.Sieves;

/// <summary>
/// Runs the sieves sieve-major: each sieve passes over every statement still undecided, so a later,
/// looser sieve can lean on the decisions of the earlier, stricter ones.
/// </summary>
internal static class SieveRunner
{
    public static void Run(ImmutableArray<IAttributionSieve> sieves, SieveContext context)
    {
        foreach (IAttributionSieve sieve in sieves)
        {
            for (int i = 0; i < context.Statements.Count; i++)
            {
                if (context.DecisionFor(i) is null && sieve.TryAttribute(i, context) is { } decision)
                {
                    context.Decide(decision);
                }
            }
        }
    }
}
