// FK013, breaking: V2 gives Priority.High another number.
namespace FitnessKit.Subjects.Contracts.EnumValueRenumbered;

public enum Priority
{
    Low = 1,
    High = 3,
}
