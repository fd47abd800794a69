using FitnessKit.Model;

namespace FitnessKit.ContextMapping;

/// <summary>
/// Which context owns each inspected type: the context whose assembly pattern claims the type's assembly, or else the
/// one whose namespace pattern alone claims the type's namespace. Only the types owned by namespace are listed one by
/// one.
/// </summary>
/// <param name="byAssembly">The owner of each assembly a context's assembly pattern claims.</param>
/// <param name="byType">The owner of each type of the other assemblies that a namespace pattern claims.</param>
internal sealed class TypeOwners(Dictionary<InspectedAssembly, BoundedContext> byAssembly, Dictionary<InspectedType, BoundedContext> byType)
{
    /// <summary>The context that owns a type, or <see langword="null"/>.</summary>
    public BoundedContext? Of(InspectedType type) =>
        byAssembly.TryGetValue(type.Assembly, out var owner) ? owner : byType.GetValueOrDefault(type);
}
