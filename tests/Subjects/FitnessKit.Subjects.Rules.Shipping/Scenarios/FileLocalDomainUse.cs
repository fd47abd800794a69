using FitnessKit.Subjects.Rules.Ordering.Domain;

namespace FitnessKit.Subjects.Rules.Shipping.FileLocalDomainUse;

/// <summary>Prints parcel labels through a helper that only this file can see; the helper takes strings and returns one.</summary>
public sealed class ParcelLabels
{
    public string Print(Guid orderId, string address) => LabelWriter.Write(orderId, address);
}

/// <summary>FK001: a file-local helper that builds Ordering's Order aggregate, which is not one of Ordering's contracts.</summary>
file static class LabelWriter
{
    public static string Write(Guid orderId, string address) => new Order(orderId, address).DeliveryLabel();
}
