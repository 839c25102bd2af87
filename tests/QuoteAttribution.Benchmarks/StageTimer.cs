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
        output.WriteLine("stage                  wall µs/run  cpu µs/run  KB alloc/run");
        // Warm every stage up first, until the tiered JIT has compiled the shared code fully.
        Stopwatch warmup = Stopwatch.StartNew();
        while (warmup.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach ((string _, Func<int> body) in stages)
            {
                body();
            }
        }

        foreach ((string name, Func<int> body) in stages)
        {

            long runs = 0;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            Stopwatch clock = Stopwatch.StartNew();
            while (clock.Elapsed < perStage)
            {
                body();
                runs++;
            }

            clock.Stop();
            // CPU time too: on a busy machine it varies far less than the wall clock.
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-22} {clock.Elapsed.TotalMicroseconds / runs,12:F1} {cpu.TotalMicroseconds / runs,11:F1} {allocated / 1024.0 / runs,13:F1}"));
        }
    }
}
