using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// A corpus of broken and hostile assembly files, each with its documented outcome (docs/troubleshooting.md), kept as a
/// snapshot of what the library and the CLI do with it: one <see cref="FitnessKitException"/> and exit code 2 with a
/// message naming the file and the problem, a skipped file with its reason, or a check that reads everything and
/// reports what it must. Never a raw exception, never a hang, never a silent pass. The files are written at test time
/// from real compiled subjects, the running .NET, or Mono.Cecil.
/// </summary>
public sealed class BadAssemblyFileTests : IDisposable
{
    private const string Targets = "FitnessKit.Subjects.Targets";
    private const string AllDlls = "[\"*.dll\"]";
    private const string TargetsContext = """[ { "name": "Targets", "assemblies": ["FitnessKit.Subjects.Targets"] } ]""";
    private const string Kinds = "FitnessKit.Subjects.DependencyKinds";
    private const string KindsContext = """[ { "name": "Kinds", "assemblies": ["FitnessKit.Subjects.DependencyKinds"] } ]""";
    private const string OrdersContext = """[ { "name": "Orders", "assemblies": ["Shop.Orders"] } ]""";
    private const string BillingContext = """[ { "name": "Billing", "assemblies": ["Shop.Billing"] } ]""";

    private static readonly Dictionary<string, Func<string, (string Assemblies, string Contexts)>> Corpus = new()
    {
        ["truncated-named"] = folder => (Named(DamagedFiles.Truncated(Repository.Subject(Targets), folder, 0.5)), TargetsContext),
        ["truncated-in-folder"] = folder =>
        {
            DamagedFiles.Truncated(Repository.Subject(Targets), folder, 0.5);
            return (AllDlls, TargetsContext);
        },
        ["truncated-headers-in-folder"] = folder =>
        {
            DamagedFiles.Truncated(Repository.Subject(Targets), folder, 0.02);
            return (AllDlls, TargetsContext);
        },
        ["corrupt-nested-type-table"] = folder => (Named(DamagedFiles.WithSelfNestedType(Repository.Subject(Kinds), folder)), KindsContext),
        ["native-library-named"] = folder => (Named(DamagedFiles.NativeLibrary(folder, "clrjit.dll")), TargetsContext),
        ["native-library-in-folder"] = folder =>
        {
            DamagedFiles.NativeLibrary(folder, "clrjit.dll");
            Copy(Repository.Subject(Targets), folder);
            return (AllDlls, TargetsContext);
        },
        ["single-file-app-named"] = folder => (Named(DamagedFiles.SingleFileApp(folder)), TargetsContext),
        ["single-file-app-in-folder"] = folder =>
        {
            DamagedFiles.SingleFileApp(folder);
            return (AllDlls, TargetsContext);
        },
        ["single-file-app-matched-as-exe"] = folder =>
        {
            DamagedFiles.SingleFileApp(folder, "Shop.exe");
            Copy(Repository.Subject(Targets), folder);
            return ("[\"*.dll\", \"*.exe\"]", TargetsContext);
        },
        ["other-file-named"] = folder => (Named(Write(folder, "Shop.Orders.xml", "<doc>the documentation file beside an assembly</doc>")), TargetsContext),
        ["plain-apphost-in-folder"] = folder =>
        {
            DamagedFiles.PlainAppHost(folder);
            return (AllDlls, TargetsContext);
        },
        ["zero-byte-named"] = folder => (Named(Write(folder, "Empty.dll", string.Empty)), TargetsContext),
        ["zero-byte-in-folder"] = folder =>
        {
            Write(folder, "Empty.dll", string.Empty);
            Copy(Repository.Subject(Targets), folder);
            return (AllDlls, TargetsContext);
        },
        ["text-file-named"] = folder => (Named(Write(folder, "Notes.dll", "Release notes: not an assembly.")), TargetsContext),
        ["text-file-in-folder"] = folder =>
        {
            Write(folder, "Notes.dll", "Release notes: not an assembly.");
            Copy(Repository.Subject(Targets), folder);
            return (AllDlls, TargetsContext);
        },
        ["reference-assembly-named"] = folder => (Named(Copy(DamagedFiles.ReferenceAssemblyOf(Targets), folder)), TargetsContext),
        ["reference-assembly-beside-its-implementation"] = folder =>
        {
            Copy(Repository.Subject(Targets), Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName);
            Copy(DamagedFiles.ReferenceAssemblyOf(Targets), Directory.CreateDirectory(Path.Combine(folder, "obj", "ref")).FullName);
            return ("[\"**/FitnessKit.Subjects.Targets.dll\"]", TargetsContext);
        },
        ["two-builds-of-one-assembly"] = folder =>
        {
            HostileAssemblies.WritePlain(Directory.CreateDirectory(Path.Combine(folder, "v1")).FullName, "Shop.Orders", new Version(1, 0, 0, 0));
            HostileAssemblies.WritePlain(Directory.CreateDirectory(Path.Combine(folder, "v2")).FullName, "Shop.Orders", new Version(2, 0, 0, 0));
            return ("[\"*/Shop.Orders.dll\"]", OrdersContext);
        },
        ["unresolved-reference"] = folder =>
        {
            File.Delete(HostileAssemblies.WriteMarkupNames(folder).OrdersPath);
            return (AllDlls, BillingContext);
        },
        ["obfuscated-names"] = folder =>
        {
            HostileAssemblies.WriteObfuscatedNames(folder);
            return (AllDlls, HostileContexts.ContextsJson);
        },
        ["markup-quotes-control-and-unicode-names"] = folder =>
        {
            HostileAssemblies.WriteMarkupNames(folder);
            return (AllDlls, HostileContexts.ContextsJson);
        },
        ["generics-nested-50-deep"] = folder =>
        {
            HostileAssemblies.WriteDeepGenerics(folder);
            return (AllDlls, HostileContexts.ContextsJson);
        },
        ["fifo-named"] = folder => (Named(Fifo.Create(Path.Combine(folder, "FitnessKit.Subjects.Targets.dll"))), TargetsContext),
        ["fifo-in-folder"] = folder =>
        {
            Fifo.Create(Path.Combine(folder, "Pipe.dll"));
            Copy(Repository.Subject(Targets), folder);
            return (AllDlls, TargetsContext);
        },
        ["fifo-deps-json-beside-the-assemblies"] = folder =>
        {
            Fifo.Create(Path.Combine(folder, "FitnessKit.Subjects.Targets.deps.json"));
            Copy(Repository.Subject(Targets), folder);
            return (AllDlls, TargetsContext);
        },
        ["fifo-pdb-beside-an-assembly-with-violations"] = folder =>
        {
            HostileAssemblies.WriteMarkupNames(folder);
            Fifo.Create(Path.Combine(folder, "Shop.Billing.pdb"));
            return (AllDlls, HostileContexts.ContextsJson);
        },
        ["link-to-a-parent-folder-under-double-star"] = folder =>
        {
            var bin = Directory.CreateDirectory(Path.Combine(folder, "bin")).FullName;
            Copy(Repository.Subject(Targets), bin);
            Directory.CreateSymbolicLink(Path.Combine(bin, "up"), folder);
            return ("[\"bin/**\"]", TargetsContext);
        },
        ["link-to-an-assembly-file-beside-it"] = folder =>
        {
            var target = Copy(Repository.Subject(Targets), folder);
            File.CreateSymbolicLink(Path.Combine(folder, "Alias.dll"), target);
            return (AllDlls, TargetsContext);
        },
        ["enormous-method-body"] = folder =>
        {
            HostileAssemblies.WriteEnormousMethod(folder, 1_000_000);
            return (AllDlls, HostileContexts.ContextsJson);
        },
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-hostile-").FullName;

    public static TheoryData<string> Cases => new(Corpus.Keys);

    public void Dispose()
    {
        Fifo.ReleaseAll(_folder);
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Ends_in_its_documented_outcome(string name)
    {
        var (assemblies, contexts) = Corpus[name](_folder);
        var config = Path.Combine(_folder, "fitness.json");
        File.WriteAllText(config, $$"""{ "assemblies": {{assemblies}}, "contexts": {{contexts}} }""");

        var outcome = InputOutcome.Of(config);

        outcome.Should().NotContain("   at ", "no stack trace is ever printed");
        Approvals.Verify(outcome, "file-" + name);
    }

    [Fact]
    public void Keeps_hostile_names_exactly_as_written_in_the_violation_data()
    {
        var contexts = HostileAssemblies.WriteMarkupNames(_folder);

        var violation = FitnessCheck.Evaluate(AssemblySource.Files(contexts.OrdersPath, contexts.BillingPath), HostileContexts.Map).Violations
            .Should().ContainSingle(v => v.SourceType != null).Which;

        violation.SourceType.Should().Be(HostileAssemblies.MarkupSource);
        violation.SourceMember.Should().Be(HostileAssemblies.MarkupMember);
        violation.TargetType.Should().Be(HostileAssemblies.MarkupTarget);
    }

    [Fact]
    public void Finds_a_dependency_at_the_bottom_of_generics_nested_50_deep()
    {
        var contexts = HostileAssemblies.WriteDeepGenerics(_folder);

        var type = CodeBase.Load(AssemblySource.Files(contexts.BillingPath)).FindTypes(contexts.SourceType).Should().ContainSingle().Which;

        type.Dependencies.Should().Contain(d => d.Target.FullName == contexts.TargetType && d.Member == contexts.SourceMember);
    }

    private static string Named(string path) => $"[\"{Path.GetFileName(path)}\"]";

    private static string Copy(string file, string folder)
    {
        var target = Path.Combine(folder, Path.GetFileName(file));
        File.Copy(file, target);
        return target;
    }

    private static string Write(string folder, string fileName, string text)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, text);
        return path;
    }
}
