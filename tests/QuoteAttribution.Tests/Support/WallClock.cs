using NUnit.Framework;

namespace QuoteAttribution.Tests.Support;

/// <summary>
/// Time bounds that are checked only when asked for. The default <c>dotnet test</c> must pass on a busy
/// machine, so it runs the pathological inputs (a crash or a wrong result still fails) and prints their times
/// without judging them; <c>.ci/linearity</c> sets <c>QA_TIMING=1</c> and runs the <c>Timing</c> category
/// alone, with one retry, where a bound that fails means a stage went quadratic.
/// </summary>
internal static class WallClock
{
    /// <summary>The category of the tests whose time bounds <c>.ci/linearity</c> checks.</summary>
    public const string Category = "Timing";

    /// <summary>True when the time bounds are to be asserted (<c>QA_TIMING=1</c>).</summary>
    public static bool Enforced => Environment.GetEnvironmentVariable("QA_TIMING") == "1";

    /// <summary>Prints the measured time and, when <see cref="Enforced"/>, asserts it stays under the bound.</summary>
    public static void AssertUnder(TimeSpan elapsed, TimeSpan bound, string what)
    {
        TestContext.Out.WriteLine($"{what}: {elapsed.TotalSeconds:F2} s (bound {bound.TotalSeconds:F0} s{(Enforced ? "" : ", not enforced")})");
        if (Enforced)
        {
            Assert.That(elapsed, Is.LessThan(bound), what);
        }
    }

    /// <summary>Prints a growth ratio and, when <see cref="Enforced"/>, asserts it stays under the bound.</summary>
    public static void AssertRatioUnder(double ratio, double bound, string what)
    {
        TestContext.Out.WriteLine($"{what}: ratio {ratio:F1} (bound {bound:F0}{(Enforced ? "" : ", not enforced")})");
        if (Enforced)
        {
            Assert.That(ratio, Is.LessThan(bound), what);
        }
    }
}
