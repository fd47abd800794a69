using FitnessKit.Inspection;
using FitnessKit.Model;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Inspection;

/// <summary>An assembly's types found by name: each type itself, nothing for a name the assembly does not define.</summary>
public sealed class TypeIndexTests
{
    [Fact]
    public void Finds_every_type_of_a_real_assembly_by_its_name_and_nothing_by_another()
    {
        var codeBase = CodeBase.Load(AssemblySource.Files([typeof(TypeIndexTests).Assembly.Location]));
        var types = codeBase.Assemblies.Single().Types;

        types.Should().HaveCountGreaterThan(200);
        foreach (var type in types)
        {
            codeBase.FindType(type.Name).Should().BeSameAs(type);
        }

        codeBase.FindType(new TypeName(types[0].Name.Assembly, "FitnessKit.Tests.Inspection", "NoSuchType")).Should().BeNull();
    }

    [Fact]
    public void Tells_apart_names_of_one_hash_and_leaves_the_last_of_two_types_of_one_name()
    {
        // A name's hash leaves its assembly out: the same namespace and name in another assembly probes the same slots.
        var types = Enumerable.Range(0, 40).Select(i => Type("Sales", "Sales.Domain", $"Order{i % 37}")).ToList();
        var index = new TypeIndex(types);

        index.Find(new TypeName("Billing", "Sales.Domain", "Order1")).Should().BeNull();
        index.Find(new TypeName("Sales", "Sales.Domain", "Order1")).Should().BeSameAs(types[38], "Order1 is the 2nd and the 39th type, and the last one stays");
        index.Find(new TypeName("Sales", "Sales.Domain", "Order5")).Should().BeSameAs(types[5]);
        index.Find(new TypeName("Sales", "Sales.Domain", "Order37")).Should().BeNull();
        new TypeIndex([]).Find(new TypeName("Sales", "Sales.Domain", "Order1")).Should().BeNull();
    }

    private static InspectedType Type(string assembly, string @namespace, string name) =>
        new(new TypeName(assembly, @namespace, name), 0x02000001, new TypeShape(TypeCategory.Class, IsAbstract: false, IsVisible: true, IsNested: false));
}
