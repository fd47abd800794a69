using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FitnessKit.Cli;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// No inspected code runs. The subject FitnessKit.Subjects.Hostile.SideEffects writes a marker file into the folder named
/// by FITNESSKIT_TRIPWIRE from a module initializer, a static constructor, and an attribute's type initializer and
/// constructor. The kit reads all of it (types, attributes, members, method bodies, PDB locations) and no file appears;
/// the control runs the subject in a child process and sees every marker appear, so the tripwires are known to work.
/// </summary>
public sealed class NothingExecutesTests : IDisposable
{
    private const string Subject = "FitnessKit.Subjects.Hostile.SideEffects";
    private const string Variable = "FITNESSKIT_TRIPWIRE";
    private static readonly string[] Tripwires = ["module-initializer", "static-constructor", "attribute-type-initializer", "attribute-constructor"];

    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-tripwire-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reading_checking_and_locating_the_subject_runs_none_of_its_code()
    {
        var previous = Environment.GetEnvironmentVariable(Variable);
        Environment.SetEnvironmentVariable(Variable, _folder);
        try
        {
            var map = ContextMap.Define().Context("SideEffects", c => c.Assemblies(Subject)).Build();
            var codeBase = CodeBase.Load(AssemblySource.Files(Repository.Subject(Subject)));
            var dependencies = codeBase.Types.SelectMany(t => t.Dependencies).ToList();
            var locations = dependencies.Select(codeBase.Locate).ToList();
            var report = FitnessCheck.Evaluate(codeBase, map);
            var config = Path.Combine(_folder, "fitness.json");
            File.WriteAllText(config, $$"""{ "assemblies": ["{{Repository.Subject(Subject).Replace('\\', '/')}}"], "contexts": [ { "name": "SideEffects", "assemblies": ["{{Subject}}"] } ] }""");
            using var console = new TestConsole();
            var exitCode = CheckCommand.Run(new FileInfo(config), console.Console);

            dependencies.Should().Contain(d => d.Target.Name == "Tripwire" && d.Member == ".cctor", "the static constructor was read");
            dependencies.Should().Contain(d => d.Target.Name == "TrippingAttribute", "the attribute was read");
            locations.Should().Contain(l => l != null, "the PDB was read");
            report.Violations.Should().BeEmpty();
            exitCode.Should().Be(0, console.Output);
            Directory.GetFiles(_folder).Select(Path.GetFileName).Should().Equal(["fitness.json"], "no code of the subject ran");
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, previous);
        }
    }

    [Fact]
    public void The_subject_holds_a_module_initializer_and_type_initializers_that_call_the_tripwire()
    {
        using var pe = new PEReader(File.OpenRead(Repository.Subject(Subject)));
        var metadata = pe.GetMetadataReader();

        var initializers = metadata.MethodDefinitions.Select(metadata.GetMethodDefinition)
            .Where(m => metadata.GetString(m.Name) == ".cctor" || m.GetCustomAttributes().Any(a => AttributeName(metadata, a) == "ModuleInitializerAttribute"))
            .Select(m => metadata.GetString(metadata.GetTypeDefinition(m.GetDeclaringType()).Name))
            .ToList();
        var strings = new List<string>();
        for (var handle = MetadataTokens.UserStringHandle(1); !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            strings.Add(metadata.GetUserString(handle));
        }

        // The compiler calls [ModuleInitializer] methods from the module type's static constructor, which the runtime runs on load.
        initializers.Should().BeEquivalentTo("<Module>", "ModuleSetup", "GuardedState", "TrippingAttribute");
        strings.Should().Contain([Variable, .. Tripwires]);
    }

    [Fact]
    public void Control_running_the_subject_trips_every_wire()
    {
        var subject = Repository.Subject(Subject);
        var start = new ProcessStartInfo("dotnet", [subject]) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment[Variable] = _folder;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(0, error);
        Directory.GetFiles(_folder).Select(Path.GetFileName).Should().BeEquivalentTo(Tripwires.Select(t => $"tripped-{t}.txt"));
    }

    private static string? AttributeName(MetadataReader metadata, CustomAttributeHandle handle)
    {
        var constructor = metadata.GetCustomAttribute(handle).Constructor;
        return constructor.Kind == HandleKind.MemberReference && metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent is { Kind: HandleKind.TypeReference } parent
            ? metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name)
            : null;
    }
}
