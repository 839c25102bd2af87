using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;
using QuoteAttribution.Tests.Support;

namespace QuoteAttribution.Tests.Robustness;

/// <summary>
/// Every [GeneratedRegex] in the library, found by reflection so a new one is covered without a new
/// test, runs over 1 MB adversarial inputs in time that grows linearly: 1 MB may take at most 24 times
/// as long as 128 KB (8 would be exactly linear; a quadratic pattern takes 64 times as long).
/// </summary>
[NonParallelizable]
[Category(WallClock.Category)]
public sealed class RegexLinearityTests
{
    private const int Large = 1 << 20;
    private const int Small = Large / 8;

    // The building blocks the date, dateline, headline and key-term patterns look for, repeated.
    private static readonly string[] Pieces =
    [
        " ", "Oct. 6, ", "6 October ", "2015-10-", "Monday ", "last ", "published ", "1", "a", "Aa ", "- November 6, 2020",
        "this ", ",", "Mr. ", "U.S. ", "\u2014 Ann Lee ", " (@ann) December 22, 20",
    ];

    public static IEnumerable<TestCaseData> Patterns() =>
        typeof(global::QuoteAttribution.Pipeline.AttributionPipeline).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(method => method.ReturnType == typeof(Regex) && method.GetParameters().Length == 0)
            .Select(method => new TestCaseData(method).SetName($"{method.DeclaringType!.Name}.{method.Name}_IsLinear"));

    [Test]
    public void Library_HasGeneratedRegexes() => Assert.That(Patterns().Count(), Is.GreaterThanOrEqualTo(7));

    [TestCaseSource(nameof(Patterns))]
    public void Pattern_IsLinearOnAdversarialInput(MethodInfo method)
    {
        Regex regex = (Regex)method.Invoke(null, null)!;
        foreach (string piece in Pieces)
        {
            // Arrange
            string small = Repeat(piece, Small);
            string large = Repeat(piece, Large);

            // Act
            TimeSpan smallTime = Time(regex, small);
            TimeSpan largeTime = Time(regex, large);

            // Assert: a floor of 20 ms keeps timer noise on tiny runs from failing the ratio.
            double ratio = largeTime.TotalMilliseconds / Math.Max(20, smallTime.TotalMilliseconds);
            WallClock.AssertRatioUnder(ratio, 24, $"{method.Name} on '{piece}' x {Large / piece.Length}");
            WallClock.AssertUnder(largeTime, TimeSpan.FromSeconds(10), $"{method.Name} on '{piece}'");
        }
    }

    private static string Repeat(string piece, int length)
    {
        StringBuilder text = new(length + piece.Length);
        while (text.Length < length)
        {
            text.Append(piece);
        }

        return text.ToString();
    }

    private static TimeSpan Time(Regex regex, string input)
    {
        Stopwatch watch = Stopwatch.StartNew();
        for (Match match = regex.Match(input); match.Success; match = match.NextMatch())
        {
        }

        return watch.Elapsed;
    }
}
