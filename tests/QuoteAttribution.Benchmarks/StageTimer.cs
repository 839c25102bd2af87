using System.Diagnostics;
using System.Globalization;

namespace QuoteAttribution.Benchmarks;

/// <summary>
/// A quick Stopwatch pass over the stage benchmarks (no statistics, seconds instead of minutes): the
/// time and the bytes allocated per run of each, to see where a change moved the cost.
/// </summary>
internal static class StageTimer
{
    public static void Run(TimeSpan perStage, TextWriter output)
    {
        StageBenchmarks benchmarks = new();
        benchmarks.Setup();
        (string Name, Func<int> Body)[] stages =
        [
            (nameof(StageBenchmarks.Normalize), benchmarks.Normalize),
            (nameof(StageBenchmarks.SegmentAndQuotes), benchmarks.SegmentAndQuotes),
            (nameof(StageBenchmarks.CuesAndStatements), benchmarks.CuesAndStatements),
            (nameof(StageBenchmarks.SievesAndCoreference), benchmarks.SievesAndCoreference),
            (nameof(StageBenchmarks.Analyze), benchmarks.Analyze),
            (nameof(StageBenchmarks.WriteJsonLines), benchmarks.WriteJsonLines),
        ];
        output.WriteLine("stage                    µs/run   KB alloc/run");
        foreach ((string name, Func<int> body) in stages)
        {
            for (int i = 0; i < 20; i++)
            {
                body();
            }

            long runs = 0;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            Stopwatch clock = Stopwatch.StartNew();
            while (clock.Elapsed < perStage)
            {
                body();
                runs++;
            }

            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-22} {clock.Elapsed.TotalMicroseconds / runs,8:F1} {allocated / 1024.0 / runs,14:F1}"));
        }
    }
}
