namespace FitnessKit.Benchmarks.Engines;

/// <summary>One way of answering the question over a folder set; runs inside its own process.</summary>
internal interface IEngine
{
    string Name { get; }

    EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question);
}

/// <summary>What an engine found: how much it read and which types violate.</summary>
internal sealed record EngineAnswer(int Assemblies, int Types, IReadOnlyCollection<string> ViolatingTypes, string? Note = null);
