using Mono.Cecil;
using NetArchTest.Rules;

namespace FitnessKit.NetArchTest;

/// <summary>A NetArchTest custom rule that asks FitnessKit about a type by its full name; Cecil stays inside this class.</summary>
internal sealed class TypeRule(Func<string, string, bool> meets) : ICustomRule
{
    /// <summary>Decides a type: the arguments are the type's full name (nested types joined by <c>+</c>) and the file of its module.</summary>
    public bool MeetsRule(TypeDefinition type) => meets(NetArchTestNames.ToFullName(type.FullName), type.Module.FileName);
}
