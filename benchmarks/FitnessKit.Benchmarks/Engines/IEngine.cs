namespace FitnessKit.Benchmarks.Engines;

/// <summary>One way of answering the question over a folder set; runs inside its own process.</summary>
internal interface IEngine
{
    string Name { get; }

    EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question);
}

/// <summary>
/// What an engine found: how much it read and which types violate; <paramref name="Process"/> when the work ran in a
/// process of its own, such as the CLI; <paramref name="Holds"/>, what its answer keeps alive (a check's report, and
/// through it the model), for the child to weigh once the clock has stopped.
/// </summary>
internal sealed record EngineAnswer(int Assemblies, int Types, IReadOnlyCollection<string> ViolatingTypes, string? Note = null, ProcessMeasure? Process = null, object? Holds = null);

/// <summary>A whole process the engine started and waited for: its wall time and peak memory.</summary>
internal sealed record ProcessMeasure(double WallMilliseconds, double PeakMegabytes);
