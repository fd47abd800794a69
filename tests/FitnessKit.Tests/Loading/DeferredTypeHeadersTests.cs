using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// The type headers of a package or runtime assembly are read when something asks for them: a check over a build
/// output reads those of the assemblies its contexts hold, not those of every package beside them, and knows how many
/// types the others hold, and in which namespaces, without reading them. The system's own assemblies are read at once,
/// so that damage in them is an error whatever the check asks. <c>ShortcutAnswerTests</c> compares the answers with
/// every header read at load.
/// </summary>
public sealed class DeferredTypeHeadersTests
{
    private static readonly string Runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/', '\\');

    [Fact]
    public void Counts_the_types_and_their_namespaces_as_reading_them_finds_them()
    {
        // The runtime's own assemblies: nested types at any depth, types nested in generated ones
        // (<PrivateImplementationDetails>), generated top-level types, facades of forwarders with no type at all.
        var codeBase = CodeBase.Load(AssemblySource.Glob(Runtime, "*.dll"));
        var unread = codeBase.Assemblies.Where(a => !a.TypesRead).ToList();
        var counted = unread.Select(a => (a.Name, a.TypeCount, Namespaces: a.Namespaces.ToList())).ToList();

        unread.Should().HaveCountGreaterThan(100, "the runtime's assemblies are third-party, read when asked");
        counted.Should().Contain(c => c.TypeCount == 0, "a facade holds forwarders only");
        foreach (var (name, count, namespaces) in counted)
        {
            var types = codeBase.AssemblyNamed(name)!.Types;
            count.Should().Be(types.Count, $"{name} holds as many types as its headers read");
            namespaces.Should().Equal(types.Select(t => t.Name.Namespace).Distinct(), $"{name}'s namespaces are those of its types, in their order");
        }
    }

    [Fact]
    public void A_check_reads_the_types_of_the_assemblies_its_contexts_hold_and_of_no_other()
    {
        var aspNet = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Runtime)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(Runtime));
        var codeBase = CodeBase.Load(AssemblySource.Glob(Runtime, "*.dll").And(AssemblySource.Glob(aspNet, "*.dll")));
        var map = ContextMap.Define()
            .Context("Extensions", c => c.Assemblies("Microsoft.Extensions.**"))
            .Context("Json", c => c.Assemblies("System.Text.Json", "System.Text.Encodings.Web"))
            .Build();

        var report = FitnessCheck.Evaluate(codeBase, map);
        var scope = report.Scope;

        static bool InContext(string name) => name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name is "System.Text.Json" or "System.Text.Encodings.Web";
        codeBase.Assemblies.Where(a => InContext(a.Name)).Should().NotBeEmpty().And.OnlyContain(a => a.TypesRead);
        codeBase.Assemblies.Where(a => !InContext(a.Name)).Should().HaveCountGreaterThan(100)
            .And.OnlyContain(a => !a.TypesRead, "System.Private.CoreLib and the others are only named by the contexts' code");
        scope.Should().Contain($", {Phrases.Count(codeBase.Types.Count(), "type")}, ", "the scope counts every type without reading them");
    }

    /// <summary>
    /// The broken Shop sample's build output with the packages its deps.json files name beside it (EF Core, SQLite, the
    /// Microsoft.Extensions libraries), as <c>src/**/bin/**/*.dll</c> finds a service's: its DbContexts derive from
    /// EF Core's, its persistence types are looked for users everywhere, its SQL is read; no package's types are.
    /// </summary>
    [Fact]
    public void A_build_output_with_its_packages_answers_as_the_systems_own_assemblies_do_and_reads_no_package()
    {
        using var folder = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(ShopSample.Bin(ShopSample.Broken)))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var packages = new[] { "Microsoft.EntityFrameworkCore", "Microsoft.Data.Sqlite", "Microsoft.Extensions", "SQLitePCLRaw" };
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "*.dll").Where(f => packages.Any(Path.GetFileName(f).StartsWith)))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var map = ShopSample.MapOf(ShopSample.Broken);
        var codeBase = CodeBase.Load(AssemblySource.Folder(folder.Path));
        var answers = Answers(FitnessCheck.Evaluate(codeBase, map));
        IReadOnlyList<string> longWay;
        using (Shortcuts.TurnOff())
        {
            longWay = Answers(FitnessCheck.Evaluate(CodeBase.Load(AssemblySource.Folder(folder.Path)), map));
        }

        codeBase.Assemblies.Where(a => !a.IsFirstParty).Should().HaveCountGreaterThan(10).And.OnlyContain(a => !a.TypesRead);
        answers.Should().Equal(longWay).And.Equal(Answers(ShopSample.Report(ShopSample.Broken)), "packages in no context are read, not judged");
    }

    [Fact]
    public void Damage_in_a_package_is_an_error_naming_the_file_when_its_types_are_read()
    {
        using var folder = new TemporaryFolder();
        var damaged = WithBaseTypeOutOfRange(Path.Combine(Runtime, "System.ObjectModel.dll"), folder.Path);

        var codeBase = CodeBase.Load(AssemblySource.Files(damaged));
        var assembly = codeBase.Assemblies.Single();
        var read = () => assembly.Types;

        assembly.IsFirstParty.Should().BeFalse("a framework name outside the .NET installation, with no deps.json, is third-party");
        read.Should().Throw<FitnessKitException>().WithMessage($"{damaged}: not a readable .NET assembly (*). Rebuild it, or remove it from the inspected files.");
        read.Should().Throw<FitnessKitException>().WithMessage($"{damaged}: not a readable .NET assembly (*", "every later reading fails the same way");
        var check = () => FitnessCheck.Evaluate(CodeBase.Load(AssemblySource.Files(damaged)), ContextMap.Define().Context("ObjectModel", c => c.Assemblies("System.ObjectModel")).Build());
        check.Should().Throw<FitnessKitException>().WithMessage($"*{damaged}: not a readable .NET assembly (*", "a context that holds it reads its types");
    }

    [Fact]
    public void Damage_in_the_systems_own_assembly_is_an_error_when_it_is_loaded()
    {
        using var folder = new TemporaryFolder();
        var damaged = WithBaseTypeOutOfRange(Repository.Subject("FitnessKit.Subjects.Cycles"), folder.Path);

        var load = () => CodeBase.Load(AssemblySource.Files(damaged));

        load.Should().Throw<FitnessKitException>().WithMessage($"{damaged}: not a readable .NET assembly (*). Rebuild it, or remove it from the inspected files.");
    }

    [Fact]
    public void Loading_closes_the_file_of_the_systems_own_assembly_once_its_headers_are_read_and_keeps_a_packages()
    {
        using var folder = new TemporaryFolder();
        var (own, package) = OwnAndPackage(folder.Path);
        var table = new TypeNameTable();
        var origins = new AssemblyOrigins();

        var ownAssembly = CodeBase.ReadFile(own, table, null, origins, out _)!;
        var packageAssembly = CodeBase.ReadFile(package, table, null, origins, out _)!;

        ownAssembly.IsFirstParty.Should().BeTrue("its symbols lie beside it");
        ownAssembly.TypesRead.Should().BeTrue();
        Held(own).Should().BeFalse("the next file is loaded with this one closed: the system's files are not held all at once");
        packageAssembly.IsFirstParty.Should().BeFalse();
        packageAssembly.TypesRead.Should().BeFalse();
        Held(package).Should().BeTrue("a package's file stays open for its headers, read if a check asks for them");
    }

    [Fact]
    public void Loading_into_an_empty_cache_closes_the_file_of_the_systems_own_assembly_once_its_headers_are_written()
    {
        using var folder = new TemporaryFolder();
        var (own, _) = OwnAndPackage(folder.Path);
        var cache = new ModelCache(Path.Combine(folder.Path, "cache"), ModelCache.HeldBytesBudget);

        var ownAssembly = CodeBase.ReadFile(own, new TypeNameTable(), cache, new AssemblyOrigins(), out _)!;

        ownAssembly.TypesRead.Should().BeTrue("a cache writes every header as the file is loaded");
        Held(own).Should().BeFalse("the file is opened again to decode it, as without a cache");
    }

    /// <summary>A copy of a subject with its symbols beside it, the system's own, and of a runtime assembly without, a package's.</summary>
    private static (string Own, string Package) OwnAndPackage(string folder)
    {
        var own = Path.Combine(folder, "FitnessKit.Subjects.Cycles.dll");
        File.Copy(Repository.Subject("FitnessKit.Subjects.Cycles"), own);
        File.Copy(Path.ChangeExtension(Repository.Subject("FitnessKit.Subjects.Cycles"), ".pdb"), Path.ChangeExtension(own, ".pdb"));
        var package = Path.Combine(folder, "System.ObjectModel.dll");
        File.Copy(Path.Combine(Runtime, "System.ObjectModel.dll"), package);
        return (own, package);
    }

    /// <summary>Whether the process holds a file open or mapped: its descriptors and mappings on Linux, elsewhere whether the file can be opened alone.</summary>
    private static bool Held(string path)
    {
        if (Directory.Exists("/proc/self/fd"))
        {
            return File.ReadLines("/proc/self/maps").Any(line => line.EndsWith(" " + path, StringComparison.Ordinal))
                || Directory.GetFiles("/proc/self/fd").Any(fd => new FileInfo(fd).LinkTarget == path);
        }

        try
        {
            using var alone = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static List<string> Answers(FitnessReport report) =>
        [.. report.Violations.Select(v => string.Join(" | ", v.Key, v.Severity, v.Message, v.Fix, v.Location?.ToString() ?? "-", string.Join(",", v.Allowed)))];

    /// <summary>
    /// A copy of an assembly whose first class names as its base type a row of the type reference table far past its
    /// end: loading reads no base type, reading the type headers does.
    /// </summary>
    private static string WithBaseTypeOutOfRange(string source, string directory)
    {
        var bytes = File.ReadAllBytes(source);
        int at;
        int size;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var metadata = pe.GetMetadataReader();
            var handle = metadata.TypeDefinitions.First(h => metadata.GetTypeDefinition(h) is { BaseType.IsNil: false } definition
                && !metadata.GetString(definition.Name).StartsWith('<'));
            var stringIndex = metadata.GetHeapSize(HeapIndex.String) < 0x10000 ? 2 : 4;
            var largest = new[] { TableIndex.TypeDef, TableIndex.TypeRef, TableIndex.TypeSpec }.Max(t => metadata.GetTableRowCount(t));
            size = largest < 1 << 14 ? 2 : 4;
            // A TypeDef row: flags (4 bytes), name and namespace (string indexes), then the base type (a TypeDefOrRef coded index).
            at = pe.PEHeaders.MetadataStartOffset + metadata.GetTableMetadataOffset(TableIndex.TypeDef)
                + ((MetadataTokens.GetRowNumber(handle) - 1) * metadata.GetTableRowSize(TableIndex.TypeDef)) + 4 + (2 * stringIndex);
        }

        // Tag 1 (a type reference), and the largest row number the index can hold.
        if (size == 2)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), 0xFFFD);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), 0xFFFFFFFD);
        }

        var path = Path.Combine(directory, Path.GetFileName(source));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
