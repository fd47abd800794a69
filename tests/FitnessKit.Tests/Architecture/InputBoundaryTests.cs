using FitnessKit.Cli;
using FluentAssertions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Xunit;

namespace FitnessKit.Tests.Architecture;

/// <summary>
/// The answer cache of <c>fitnesskit check --cache</c> prints a stored answer only while every input it was computed
/// from is unchanged, so it must know every input: each read of the file system or the environment goes through
/// <see cref="Inputs"/>, which notes it. Here the IL of the engine and the CLI is searched for every call that reads a
/// file, a folder, an environment variable or the runtime's folder anywhere else. A reader added later that bypasses
/// <see cref="Inputs"/> fails this test instead of letting a stale answer pass.
/// </summary>
public sealed class InputBoundaryTests
{
    /// <summary>The types that may touch the file system and the environment themselves, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["FitnessKit.Inputs"] = "the one reader, which notes each input",
        ["FitnessKit.InputState"] = "reads the inputs' states to store and compare them, noting nothing",
        ["FitnessKit.AtomicFile"] = "writes output",
        ["FitnessKit.AtomicFileSet"] = "writes output",
        ["FitnessKit.Loading.CecilSymbols"] = "Mono.Cecil opens an assembly and its symbol files itself: they are noted with Inputs.ReadElsewhere first",
        ["FitnessKit.Loading.ModelCache"] = "the model cache's own files, keyed by the MVID of an assembly that is itself an input",
        ["FitnessKit.Loading.CacheFileBytes"] = "the model cache's own files",
        ["FitnessKit.Rules.ContractCompatibility.ContractApproval"] = "writes approved snapshots (contracts approve)",
        ["FitnessKit.Reporting.ReportDocument"] = "reports are written, never served from the answer cache",
        ["FitnessKit.Cli.AnswerCache"] = "the answer cache's own files",
        ["FitnessKit.Cli.WorkingDirectory"] = "the working directory is part of an answer's key",
        ["FitnessKit.Cli.Terminal"] = "the console's kind (CI, NO_COLOR) is part of an answer's key",
        ["FitnessKit.Cli.BaselineCommand"] = "writes the baseline",
        ["FitnessKit.Cli.InitCommand"] = "writes a new configuration",
    };

    // RandomAccess is not among them: it reads through a handle that only File.OpenHandle gives.
    /// <summary>Types that hand a path to a library, and why that library's reads are noted.</summary>
    private static readonly Dictionary<string, string> PathHandlers = new(StringComparer.Ordinal)
    {
        ["FitnessKit.Loading.PortablePdbSymbols"] = "System.Reflection.Metadata only names the PDB files beside the assembly from its path, and opens each through the kit's callback (Inputs)",
    };

    private static readonly HashSet<string> FileSystemTypes = new(StringComparer.Ordinal)
    {
        "System.IO.File", "System.IO.Directory", "System.IO.MemoryMappedFiles.MemoryMappedFile",
        "System.Runtime.InteropServices.RuntimeEnvironment",
    };

    private static readonly HashSet<string> FileSystemInfoTypes = new(StringComparer.Ordinal)
    {
        "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
    };

    // What a FileInfo or DirectoryInfo may be asked without reading the disk: its path.
    private static readonly HashSet<string> PathOnly = new(StringComparer.Ordinal)
    {
        ".ctor", "get_FullName", "get_Name", "get_Extension", "get_DirectoryName", "ToString",
    };

    private static readonly HashSet<string> EnvironmentReads = new(StringComparer.Ordinal)
    {
        "GetEnvironmentVariable", "GetEnvironmentVariables", "GetFolderPath", "ExpandEnvironmentVariables", "get_CurrentDirectory",
    };

    private static readonly string[] Assemblies = [typeof(Inputs).Assembly.Location, typeof(CheckCommand).Assembly.Location];

    public static TheoryData<string> KitAssemblies() => [.. Assemblies];

    [Theory]
    [MemberData(nameof(KitAssemblies))]
    public void Only_the_input_boundary_reads_files_folders_and_the_environment(string assembly)
    {
        var reads = Reads(assembly).Where(r => !Allowed.ContainsKey(r.Type)).Select(r => $"{r.Method} calls {r.Called}").ToList();

        reads.Should().BeEmpty("every read goes through FitnessKit.Inputs, which notes it for the answer cache");
    }

    [Theory]
    [MemberData(nameof(KitAssemblies))]
    public void The_search_finds_the_reads_it_looks_for(string assembly)
    {
        // The boundary itself reads: a search that found nothing there would pass any code.
        var types = Reads(assembly).Select(r => r.Type).ToHashSet(StringComparer.Ordinal);

        types.Should().Contain(assembly.EndsWith("FitnessKit.dll", StringComparison.Ordinal) ? "FitnessKit.Inputs" : "FitnessKit.Cli.AnswerCache");
    }

    [Theory]
    [MemberData(nameof(KitAssemblies))]
    public void No_thread_is_started_without_the_flow_that_carries_the_input_log(string assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly);
        var unflowed = Calls(module)
            .Where(c => c.Called.Name.StartsWith("Unsafe", StringComparison.Ordinal) && c.Called.DeclaringType.FullName is "System.Threading.ThreadPool" or "System.Threading.Thread" or "System.Threading.CancellationToken"
                || (c.Called.DeclaringType.FullName == "System.Threading.ExecutionContext" && c.Called.Name == "SuppressFlow"))
            .Select(c => $"{c.Method} calls {c.Called.DeclaringType.FullName}::{c.Called.Name}")
            .ToList();

        unflowed.Should().BeEmpty("a read on a thread that does not carry the flow would not be noted in the run's input log");
    }

    [Theory]
    [MemberData(nameof(KitAssemblies))]
    public void No_library_is_handed_a_path_to_read_outside_the_boundary(string assembly)
    {
        // A library that opens a file by its path itself (Mono.Cecil's ReadModule(fileName), AssemblyName's
        // GetAssemblyName(assemblyFile)) reads an input that Inputs never sees. Found by the name of the parameter.
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assembly)!);
        resolver.AddSearchDirectory(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory());
        using var module = ModuleDefinition.ReadModule(assembly, new ReaderParameters { AssemblyResolver = resolver });
        var calls = Calls(module).Where(c => !c.Called.DeclaringType.FullName.StartsWith("FitnessKit", StringComparison.Ordinal)).ToList();
        var unresolved = calls.Where(c => Definition(c.Called) is null).Select(c => c.Called.FullName).Distinct(StringComparer.Ordinal).ToList();
        var handed = calls
            .Where(c => !Allowed.ContainsKey(c.Type) && !PathHandlers.ContainsKey(c.Type) && TakesAPath(c.Called))
            .Select(c => $"{c.Method} calls {c.Called.DeclaringType.FullName}::{c.Called.Name}")
            .Distinct(StringComparer.Ordinal)
            .ToList();

        unresolved.Should().BeEmpty("a method whose definition is not found has no parameter names to look at");
        handed.Should().BeEmpty("a library handed a path reads an input that Inputs does not note");
    }

    [Fact]
    public void Every_allowed_type_exists_and_reads()
    {
        var readers = Assemblies.SelectMany(Reads).Select(r => r.Type).ToHashSet(StringComparer.Ordinal);

        Allowed.Keys.Where(t => !readers.Contains(t)).Should().BeEmpty("an exception that no longer reads anything should be removed");
    }

    private static List<(string Type, string Method, string Called)> Reads(string assembly)
    {
        using var module = ModuleDefinition.ReadModule(assembly);
        return [.. Calls(module).Where(c => IsRead(c.Called)).Select(c => (c.Type, c.Method, $"{c.Called.DeclaringType.FullName}::{c.Called.Name}"))];
    }

    /// <summary>Every method each method body calls, with the outermost type that holds the body (the type a lambda or iterator was written in).</summary>
    private static IEnumerable<(string Type, string Method, MethodReference Called)> Calls(ModuleDefinition module)
    {
        foreach (var type in module.GetTypes())
        {
            var outer = type;
            while (outer.DeclaringType is not null)
            {
                outer = outer.DeclaringType;
            }

            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.OpCode.OperandType == OperandType.InlineMethod && instruction.Operand is MethodReference called)
                    {
                        yield return (outer.FullName, $"{type.FullName}::{method.Name}", called);
                    }
                }
            }
        }
    }

    /// <summary>A method of another library (not the kit's, not <see cref="Path"/>'s string work) with a parameter named for a path or file.</summary>
    private static bool TakesAPath(MethodReference method)
    {
        var type = method.DeclaringType.FullName;
        return !type.StartsWith("FitnessKit", StringComparison.Ordinal)
            && type != "System.IO.Path"
            && Definition(method) is { } definition
            && definition.Parameters.Any(p => p.ParameterType.FullName == "System.String"
                && (p.Name.Contains("path", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("file", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The called method's definition, whose parameters have names (a reference to another assembly's method has none).</summary>
    private static MethodDefinition? Definition(MethodReference method)
    {
        try
        {
            return method.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    private static bool IsRead(MethodReference method)
    {
        var type = method.DeclaringType.FullName;
        return FileSystemTypes.Contains(type)
            || (FileSystemInfoTypes.Contains(type) && !PathOnly.Contains(method.Name))
            || (type == "System.IO.FileStream" && method.Name == ".ctor")
            || (type == "System.IO.StreamReader" && method.Name == ".ctor" && method.Parameters.Count > 0 && method.Parameters[0].ParameterType.FullName == "System.String")
            || (type == "System.Environment" && EnvironmentReads.Contains(method.Name))
            || (type is "Mono.Cecil.ModuleDefinition" or "Mono.Cecil.AssemblyDefinition" && method.Name is "ReadModule" or "ReadAssembly"
                && method.Parameters.Count > 0 && method.Parameters[0].ParameterType.FullName == "System.String");
    }
}
