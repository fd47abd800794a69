using ArchUnitNET.Loader;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>ArchUnitNET 0.13.5: <c>ArchLoader.LoadFilteredDirectory</c> per folder, then one fluent rule evaluated.</summary>
internal sealed class ArchUnitNetEngine : IEngine
{
    public string Name => "ArchUnitNET 0.13.5";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var loader = new ArchLoader();
        foreach (var folder in assemblyFiles.Select(Path.GetDirectoryName).Distinct())
        {
            loader.LoadFilteredDirectory(folder!, "*.dll", SearchOption.TopDirectoryOnly);
        }

        if (!assemblyFiles.Any(f => Path.GetFileName(f) == "System.Text.Json.dll"))
        {
            // ArchUnitNET only matches dependency targets that are part of the architecture: load the forbidden assembly too.
            loader.LoadAssemblies(typeof(System.Text.Json.JsonSerializer).Assembly);
        }

        var architecture = loader.Build();
        var rule = Types().That().ResideInNamespaceOrBelow(question.SubjectNamespace)
            .Should().NotDependOnAny(Types().That().ResideInNamespaceOrBelow(question.ForbiddenNamespace));
        var violating = rule.Evaluate(architecture)
            .Where(r => !r.Passed)
            .Select(r => Question.Owner(((ArchUnitNET.Domain.IType)r.EvaluatedObject).FullName))
            .ToHashSet(StringComparer.Ordinal);
        return new EngineAnswer(architecture.Assemblies.Count(), architecture.Types.Count(), violating);
    }
}
