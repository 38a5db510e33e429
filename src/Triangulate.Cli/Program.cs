using Triangulate.Cli;

return TriangulateCli.Run(args, Console.Out, Console.Error);
