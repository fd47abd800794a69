// FK013, breaking: V2 removes OrderStatus.Paid.
namespace FitnessKit.Subjects.Contracts.EnumValueRemoved;

public enum OrderStatus
{
    Placed = 0,
    Shipped = 2,
}
