using FitnessKit.Benchmarks;

// dotnet run -c Release --project benchmarks/FitnessKit.Benchmarks [-- --runs 5 --sizes 4x50,8x100,16x200,32x400]
// The parent process runs every engine as a child process ("child ENGINE CORPUS"), several times, and prints medians.
// "phases CONFIG" breaks one check down by phase and rule, in this process (Phases.cs).
return args.Length > 0 && args[0] == "child" ? Child.Run(args[1], args[2])
    : args.Length > 0 && args[0] == "phases" ? Phases.Run(args[1..])
    : Orchestrator.Run(args);
