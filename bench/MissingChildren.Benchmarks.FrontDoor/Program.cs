using BenchmarkDotNet.Running;
using MissingChildren.Benchmarks.FrontDoor;

// A console app, not a test: run it by hand (see the project file). The table of results is printed at the end.
BenchmarkSwitcher.FromAssembly(typeof(TrayBenchmarks).Assembly).Run(args);
