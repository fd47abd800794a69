namespace FitnessKit.Subjects.Output.Catalog.Contracts;

/// <summary>Catalog's one contract type.</summary>
public sealed record PriceQuoted(string Sku, decimal Price);
