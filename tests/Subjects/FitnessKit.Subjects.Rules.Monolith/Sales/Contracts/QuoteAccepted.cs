namespace FitnessKit.Subjects.Rules.Monolith.Sales.Contracts;

/// <summary>Sales' integration event: a customer accepted a quote.</summary>
public sealed record QuoteAccepted(Guid QuoteId, string Sku, int Quantity, decimal Total);
