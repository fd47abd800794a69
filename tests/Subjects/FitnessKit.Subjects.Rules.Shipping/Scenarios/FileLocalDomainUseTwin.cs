using FitnessKit.Subjects.Rules.Ordering.Contracts;

namespace FitnessKit.Subjects.Rules.Shipping.FileLocalDomainUseTwin;

/// <summary>Prints the same labels from Ordering's OrderPlaced contract event.</summary>
public sealed class ParcelLabels
{
    public string Print(OrderPlaced placed) => LabelWriter.Write(placed);
}

/// <summary>A file-local helper that reads only Ordering's contract.</summary>
file static class LabelWriter
{
    public static string Write(OrderPlaced placed) => $"Order {placed.OrderId} to {placed.ShippingAddress}";
}
