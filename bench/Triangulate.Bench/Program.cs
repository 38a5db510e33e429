using BenchmarkDotNet.Running;

// Pick benchmarks by filter, e.g. dotnet run -c Release -- --filter '*Derivation*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
