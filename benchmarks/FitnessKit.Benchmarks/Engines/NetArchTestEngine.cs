using System.Reflection;
using Mono.Cecil;
using NetArchTest.Rules;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// NetArchTest.Rules 1.3.2. Its public entry points (<c>Types.InAssembly</c>, <c>Types.FromPath</c>) drop every type
/// whose namespace starts with System or Microsoft through a built-in exclusion list, which would leave nothing to check
/// here. So this engine reads the assemblies with Mono.Cecil itself, collects every type (nested ones included, as
/// NetArchTest's own loader does) and hands them to the non-public constructor <c>Types(IEnumerable&lt;TypeDefinition&gt;)</c>
/// through reflection: the rule engine then runs exactly as it does for user code.
/// </summary>
internal sealed class NetArchTestEngine : IEngine
{
    public string Name => "NetArchTest 1.3.2";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        var definitions = new List<TypeDefinition>();
        foreach (var file in assemblyFiles)
        {
            var assembly = AssemblyDefinition.ReadAssembly(file, new ReaderParameters { ReadingMode = ReadingMode.Deferred });
            foreach (var module in assembly.Modules)
            {
                AddAll(module.Types, definitions);
            }
        }

        var types = (Types)Activator.CreateInstance(typeof(Types), BindingFlags.Instance | BindingFlags.NonPublic, null, [definitions], null)!;
        var result = types.That().ResideInNamespace(question.SubjectNamespace).ShouldNot().HaveDependencyOnAny(question.ForbiddenNamespace).GetResult();
        var violating = (result.FailingTypeNames ?? [])
            .Select(Question.Owner)
            .Where(n => question.IsSubject(NamespaceOf(n)))
            .ToHashSet(StringComparer.Ordinal);
        return new EngineAnswer(assemblyFiles.Count, definitions.Count, violating, "ResideInNamespace and HaveDependencyOnAny match by name prefix; the answer is narrowed to whole namespaces afterwards");
    }

    private static void AddAll(IEnumerable<TypeDefinition> types, List<TypeDefinition> into)
    {
        foreach (var type in types)
        {
            into.Add(type);
            if (type.HasNestedTypes)
            {
                AddAll(type.NestedTypes, into);
            }
        }
    }

    private static string NamespaceOf(string fullName)
    {
        var outer = fullName.Split('+')[0];
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? string.Empty : outer[..dot];
    }
}
