using System.Runtime.InteropServices;
using FitnessKit.Loading;
using FitnessKit.Model;
using FluentAssertions;
using Mono.Cecil;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// The headers of referenced assemblies are read a type at a time (with the types of the same assembly a header
/// names): whatever the order of the questions, each type's base type, interfaces and forwarding are the ones Mono.Cecil
/// reads, for every type the assembly defines, nested ones included, and every type it forwards.
/// </summary>
public sealed class ReferencedTypeHeadersTests
{
    public static TheoryData<string, bool> Assemblies => new()
    {
        { "System.Private.CoreLib", false },
        { "System.Private.CoreLib", true },
        { "System.Collections", true },
        { "Microsoft.EntityFrameworkCore", false },
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Every_defined_type_has_the_base_type_and_interfaces_Mono_Cecil_reads_whatever_the_order_asked(string assemblyName, bool lastFirst)
    {
        // Given an assembly's types as Mono.Cecil reads them, in the metadata's order or the reverse
        var path = PathOf(assemblyName);
        using var module = ModuleDefinition.ReadModule(path);
        var types = module.GetTypes().ToList();
        if (lastFirst)
        {
            types.Reverse();
        }

        // When the headers are asked for one type at a time
        var headers = new ReferencedTypeHeaders(path, new TypeNameTable());
        var differences = new List<string>();
        foreach (var type in types)
        {
            var header = headers.Find(NameOf(module.Assembly.Name.Name, type));
            var expected = Describe(type.BaseType is null ? null : NameOf(type.BaseType), type.Interfaces.Select(i => NameOf(i.InterfaceType)));
            var actual = header is null ? "(not found)" : Describe(header.BaseType?.Type.FullName, header.Interfaces.Select(i => i.Type.FullName));
            if (actual != expected)
            {
                differences.Add($"{type.FullName}: {actual} instead of {expected}");
            }
        }

        // Then every one is found, as Mono.Cecil reads it
        types.Should().HaveCountGreaterThan(50);
        differences.Should().BeEmpty();
    }

    [Fact]
    public void Every_forwarded_type_leads_to_the_assembly_Mono_Cecil_names_and_an_unknown_name_to_none()
    {
        // Given System.Runtime, which forwards the core library's types
        var path = PathOf("System.Runtime");
        using var module = ModuleDefinition.ReadModule(path);
        var forwarded = module.ExportedTypes.Where(e => e.IsForwarder && e.DeclaringType is null).ToList();

        // When each forwarded type is asked for, then a name it neither defines nor forwards
        var headers = new ReferencedTypeHeaders(path, new TypeNameTable());
        var wrong = forwarded
            .Where(e => headers.Find(new TypeName("System.Runtime", e.Namespace, e.Name))?.ForwardedTo != e.Scope.Name)
            .Select(e => e.FullName)
            .ToList();
        var unknown = headers.Find(new TypeName("System.Runtime", "System", "NoSuchTypeAnywhere"));

        // Then each leads where Mono.Cecil says, and the unknown name to no header
        forwarded.Should().HaveCountGreaterThan(500);
        wrong.Should().BeEmpty();
        unknown.Should().BeNull();
    }

    private static string PathOf(string assemblyName)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        return File.Exists(beside) ? beside : Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), assemblyName + ".dll");
    }

    /// <summary>A defined type's name as FitnessKit gives it: its outermost type's namespace, and nested names joined by <c>+</c>.</summary>
    private static TypeName NameOf(string assembly, TypeDefinition type)
    {
        var outermost = type;
        while (outermost.DeclaringType is not null)
        {
            outermost = outermost.DeclaringType;
        }

        var name = type.FullName[(outermost.Namespace.Length == 0 ? 0 : outermost.Namespace.Length + 1)..].Replace('/', '+');
        return new TypeName(assembly, outermost.Namespace, name);
    }

    /// <summary>A base type's or interface's full name, without generic arguments, nested names joined by <c>+</c>.</summary>
    private static string NameOf(TypeReference type) => type.GetElementType().FullName.Replace('/', '+');

    private static string Describe(string? baseType, IEnumerable<string> interfaces) =>
        $"base {baseType ?? "none"}; interfaces {string.Join(", ", interfaces)}";
}
