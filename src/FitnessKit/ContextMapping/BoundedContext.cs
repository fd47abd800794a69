using FitnessKit.Model;

namespace FitnessKit.ContextMapping;

/// <summary>A bounded context as found in code: the assemblies and types it owns, and its contracts.</summary>
public sealed class BoundedContext
{
    internal BoundedContext(BoundedContextDefinition definition) => Definition = definition;

    /// <summary>Gets the context's name.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets how the context was defined.</summary>
    public BoundedContextDefinition Definition { get; }

    /// <summary>Gets the inspected assemblies that hold the context's types, ordered by name.</summary>
    public IReadOnlyList<InspectedAssembly> Assemblies { get; internal set; } = [];

    /// <summary>Gets the context's types, in order of full name (ordinal).</summary>
    public IReadOnlyList<InspectedType> Types { get; internal set; } = [];

    /// <summary>Gets the names of the context's contract assemblies that were inspected.</summary>
    public IReadOnlyList<string> ContractAssemblies { get; internal set; } = [];

    /// <summary>Gets the types other contexts may use: the types of its contracts that other assemblies can see.</summary>
    public IReadOnlyList<InspectedType> ContractTypes { get; internal set; } = [];

    /// <summary>Whether a type of this context is part of its contracts.</summary>
    /// <param name="type">A type of this context.</param>
    /// <returns><see langword="true"/> when the type lies in a contract assembly or namespace.</returns>
    public bool IsContract(TypeName type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return NamePattern.AnyMatches(Definition.ContractAssemblies, type.Assembly, ignoreCase: true)
            || NamePattern.AnyMatches(Definition.ContractNamespaces, type.Namespace, ignoreCase: false);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
