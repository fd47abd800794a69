// FK013, consumer per member: reads OrderDto.Note, which V2 removed, so the removal names this type.
using FitnessKit.Subjects.Contracts.PropertyRemoved;

namespace FitnessKit.Subjects.Contracts.LegacyConsumer.ReadsRemovedProperty;

public sealed class OrderNotePrinter
{
    public string Print(OrderDto order) => order.Note ?? "(no note)";
}
