using BenchmarkDotNet.Running;
using MissingChildren.Benchmarks;

// dotnet run -c Release --project bench/MissingChildren.Benchmarks -- sweep     the sweep at 1k and 100k closed episodes
// dotnet run -c Release --project bench/MissingChildren.Benchmarks -- serve     the intake host for bench/intake/run.sh
ContentRoot.UseSourceTree();
return args.FirstOrDefault() switch
{
    "serve" => await IntakeHost.ServeAsync(args.Skip(1).ToArray()),
    "sweep" => Run(() => BenchmarkRunner.Run<SweepBenchmarks>(args: [.. args.Skip(1)])),
    _ => Usage(),
};

static int Run(Action run)
{
    run();
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("Usage: MissingChildren.Benchmarks sweep [BenchmarkDotNet options] | serve [--port 5090]");
    return 2;
}
