using System.Collections.Immutable;

namespace QuoteAttribution.Sieves;

/// <summary>
/// Runs the sieves sieve-major: each sieve passes over every statement still undecided, so a later,
/// looser sieve can lean on the decisions of the earlier, stricter ones.
/// </summary>
internal static class SieveRunner
{
    /// <summary>Runs <paramref name="sieves"/> over the context's statements; each trial goes to <paramref name="trials"/> when given.</summary>
    public static void Run(ImmutableArray<IAttributionSieve> sieves, SieveContext context, List<SieveTrial>? trials = null)
    {
        foreach (IAttributionSieve sieve in sieves)
        {
            for (int i = 0; i < context.Statements.Count; i++)
            {
                if (context.DecisionFor(i) is not null)
                {
                    continue;
                }

                Attribution? decision = sieve.TryAttribute(i, context);
                trials?.Add(new SieveTrial(i, sieve, decision));
                if (decision is null)
                {
                    continue;
                }

                // The record's rule names the sieve that decided, so that it is always one the builder knows.
                if (decision.Sieve != sieve.Name || decision.Statement != i)
                {
                    throw new InvalidOperationException($"sieve '{sieve.Name}' returned a decision for '{decision.Sieve}' on statement {decision.Statement}, not {i}");
                }

                context.Decide(decision);
            }
        }
    }
}
