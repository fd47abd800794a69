using FitnessKit.Model;

namespace FitnessKit.ContextMapping;

/// <summary>
/// How a bounded context is recognised in compiled code: by assembly-name patterns, or by namespace patterns for a
/// modular monolith in one assembly; and which of its assemblies or namespaces are its contracts, the only part other
/// contexts may use.
/// </summary>
public sealed class BoundedContextDefinition
{
    internal BoundedContextDefinition(string name, IReadOnlyList<NamePattern> assemblies, IReadOnlyList<NamePattern> namespaces, IReadOnlyList<NamePattern> contractAssemblies, IReadOnlyList<NamePattern> contractNamespaces, IReadOnlyList<AllowedDependency>? mayUse, IReadOnlyList<NamePattern>? tables = null, SourcePosition? position = null, string? database = null)
    {
        Position = position;
        Database = database;
        Tables = tables ?? [];
        Name = name;
        Assemblies = assemblies;
        Namespaces = namespaces;
        ContractAssemblies = contractAssemblies;
        ContractNamespaces = contractNamespaces;
        MayUse = mayUse;
    }

    /// <summary>Gets where the context was written in a configuration file; <see langword="null"/> for a context defined in code.</summary>
    internal SourcePosition? Position { get; }

    /// <summary>Gets the context's name, such as <c>Orders</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the patterns of the assemblies the context owns.</summary>
    public IReadOnlyList<NamePattern> Assemblies { get; }

    /// <summary>Gets the patterns of the namespaces the context owns (for contexts that share an assembly).</summary>
    public IReadOnlyList<NamePattern> Namespaces { get; }

    /// <summary>Gets the patterns of the context's contract assemblies.</summary>
    public IReadOnlyList<NamePattern> ContractAssemblies { get; }

    /// <summary>Gets the patterns of the context's contract namespaces.</summary>
    public IReadOnlyList<NamePattern> ContractNamespaces { get; }

    /// <summary>Gets the tables the context claims as its own (<c>reporting.daily_sales</c>, <c>legacy.*</c>), compared without case with <c>schema.name</c> or the bare name: tables no database context maps, such as those created by migration scripts and read with SQL.</summary>
    public IReadOnlyList<NamePattern> Tables { get; }

    /// <summary>
    /// Gets the database the context keeps its tables in, as its SQL names it in a three-part name (<c>SalesDb</c>), or
    /// <see langword="null"/> when it shares one database with every other context that names none. Tables of two
    /// databases are two tables, whatever their names.
    /// </summary>
    public string? Database { get; }

    /// <summary>Gets the other contexts whose contracts this context may use, or <see langword="null"/> when it may use every context's contracts.</summary>
    public IReadOnlyList<AllowedDependency>? MayUse { get; }
}

/// <summary>Permission for one context to use another's contracts: all of them, or only those matching <see cref="Contracts"/>.</summary>
/// <param name="Context">The name of the context whose contracts may be used.</param>
/// <param name="Contracts">Patterns of the contract assemblies or namespaces that may be used; empty for all of them.</param>
public sealed record AllowedDependency(string Context, IReadOnlyList<NamePattern> Contracts)
{
    /// <summary>Gets where the permission was written in a configuration file; <see langword="null"/> for one given in code.</summary>
    internal SourcePosition? Position { get; init; }
}
