namespace FitnessKit.Tables;

/// <summary>
/// One concept (Customer, Product, Order) defined in several contexts: each context's type with its properties, side by
/// side. Informational, never a failure: separate models of one noun are what bounded contexts are for, and the list
/// shows where a projection may have grown into a copy of another context's entity.
/// </summary>
/// <param name="Name">The type name all the definitions share, such as <c>Customer</c>.</param>
/// <param name="Definitions">Each context's definition, ordered by context.</param>
public sealed record SharedNoun(string Name, IReadOnlyList<NounDefinition> Definitions);

/// <summary>One context's type for a shared noun.</summary>
/// <param name="Context">The context.</param>
/// <param name="Type">The type's full name.</param>
/// <param name="Properties">Its properties, ordered by name.</param>
/// <param name="IsMapped">Whether a database context maps it.</param>
public sealed record NounDefinition(string Context, string Type, IReadOnlyList<string> Properties, bool IsMapped);
