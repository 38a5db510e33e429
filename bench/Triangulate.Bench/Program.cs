using BenchmarkDotNet.Running;
using Triangulate.Bench.Generators;

// "stream --articles N" streams generated news through story clustering (Cluster/StreamRun.cs).
if (args.Length > 0 && args[0] == "stream") return Triangulate.Bench.Cluster.StreamRun.Run(args[1..]);

// "generate-story N DIR" writes a generated N-article story as text files (for timing the CLI end to end);
// anything else goes to BenchmarkDotNet (pick benchmarks with --filter, e.g. --filter '*Analyze*').
if (args.Length == 3 && args[0] == "generate-story")
{
    StoryGenerator.WriteFiles(new StoryGenerator().Generate(int.Parse(args[1])), args[2]);
    Console.WriteLine($"wrote {args[1]} articles to {args[2]}");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
