using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using QuoteAttribution.Benchmarks;

// dotnet run -c Release --project tests/QuoteAttribution.Benchmarks                 # every stage (BenchmarkDotNet)
// dotnet run -c Release --project tests/QuoteAttribution.Benchmarks -- --filter '*Analyze*'
// dotnet run -c Release --project tests/QuoteAttribution.Benchmarks -- --stages 5  # quick Stopwatch table, 5 s per stage
// tests/QuoteAttribution.Benchmarks/corpus.sh                                       # end to end on a 200 MB corpus
// dotnet run -c Release --project tests/QuoteAttribution.Benchmarks -- --archive FILE.db 1000000  # archive search (archive.sh)
if (args.Length >= 2 && args[0] == "--archive")
{
    int statements = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    ArchiveBenchmark.Run(args[1], statements, Console.Out);
    return 0;
}

if (args.Length >= 1 && args[0] == "--stages")
{
    double seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
    StageTimer.Run(TimeSpan.FromSeconds(seconds), Console.Out);
    return 0;
}

// In process: the benchmarks need the repository's fixtures, and the artifacts layout needs no rebuild.
IConfig config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args, config);
return 0;
