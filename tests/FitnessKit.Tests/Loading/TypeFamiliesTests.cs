using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using FitnessKit.Loading;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// Each user-written type is decoded with the compiler-generated types nested in it at any depth: its closures, its
/// state machines, the closures of those. Checked on this test assembly, full of lambdas and async tests, against the
/// runtime's reflection over the same file.
/// </summary>
public sealed class TypeFamiliesTests
{
    // An async lambda that captures nothing: its state machine is nested in the compiler's class of cached lambdas,
    // a generated type in a generated type, owned by this class.
    private static readonly Func<Task<int>> Later = async () =>
    {
        await Task.Yield();
        return 1;
    };

    [Fact]
    public void Every_user_type_owns_the_generated_types_nested_in_it_as_reflection_finds_them()
    {
        var assembly = typeof(TypeFamiliesTests).Assembly;
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var families = TypeFamilies.Of(pe.GetMetadataReader());

        var found = Enumerable.Range(0, families.Count).ToDictionary(
            family => MetadataTokens.GetToken(families.Owner(family)),
            family => families.Generated(family).ToArray().Select(handle => MetadataTokens.GetToken(handle)).ToArray());

        var expected = ByReflection(assembly);
        found.Keys.Should().BeEquivalentTo(expected.Keys);
        foreach (var (owner, generated) in expected)
        {
            found[owner].Should().Equal(generated, "type 0x{0:X8} owns them, in row order", owner);
        }

        expected.Values.Sum(generated => generated.Length).Should().BeGreaterThan(100, "the test assembly has many lambdas and async methods");
        Later.Method.DeclaringType!.GetNestedTypes(BindingFlags.NonPublic).Should().NotBeEmpty("the async lambda's state machine is nested in a generated type");
        expected[typeof(TypeFamiliesTests).MetadataToken].Should().Contain(Later.Method.DeclaringType.GetNestedTypes(BindingFlags.NonPublic).Select(type => type.MetadataToken));
        found.Keys.Should().BeInAscendingOrder("families are in row order");
    }

    [Fact]
    public void A_family_is_found_by_its_owner_token_and_never_by_a_generated_type_or_another_table()
    {
        var assembly = typeof(TypeFamiliesTests).Assembly;
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var families = TypeFamilies.Of(pe.GetMetadataReader());
        var closure = Array.Find(typeof(TypeFamiliesTests).GetNestedTypes(BindingFlags.NonPublic), type => type.Name.StartsWith('<'));

        families.FamilyOf(typeof(TypeFamiliesTests).MetadataToken).Should().BeGreaterThanOrEqualTo(0);
        families.Owner(families.FamilyOf(typeof(TypeFamiliesTests).MetadataToken)).Should().Be(MetadataTokens.TypeDefinitionHandle(typeof(TypeFamiliesTests).MetadataToken & 0xFFFFFF));
        closure.Should().NotBeNull("the lambda above captures nothing, and the compiler caches it in a nested type");
        families.FamilyOf(closure!.MetadataToken).Should().Be(-1);
        families.FamilyOf(typeof(TypeFamiliesTests).GetMethod(nameof(A_family_is_found_by_its_owner_token_and_never_by_a_generated_type_or_another_table))!.MetadataToken).Should().Be(-1, "a method token is not a type's");
        families.FamilyOf(0x02FFFFFF).Should().Be(-1, "no such row");
    }

    /// <summary>The generated types of each user type by reflection: a type named with <c>&lt;</c> nested in another or marked as the compiler's, owned by its nearest user-written enclosing type.</summary>
    private static Dictionary<int, int[]> ByReflection(Assembly assembly)
    {
        static bool IsGenerated(Type type) => type.Name.StartsWith('<') && (type.IsNested || type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false));

        var types = assembly.GetTypes();
        var owned = new Dictionary<int, List<int>>();
        foreach (var type in types.Where(type => !IsGenerated(type)))
        {
            owned[type.MetadataToken] = [];
        }

        foreach (var type in types.Where(IsGenerated))
        {
            var owner = type.DeclaringType;
            while (owner is not null && IsGenerated(owner))
            {
                owner = owner.DeclaringType;
            }

            if (owner is not null)
            {
                owned[owner.MetadataToken].Add(type.MetadataToken);
            }
        }

        return owned.ToDictionary(pair => pair.Key, pair => pair.Value.Order().ToArray());
    }
}
