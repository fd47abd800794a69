using FitnessKit.Subjects.Layered.Domain;

namespace FitnessKit.Subjects.Layered.Reporting;

/// <summary>Reporting reaches into Sales' Domain for a mapped entity: FK001, and FK003 on Customer (another context uses it).</summary>
public sealed class CustomerReport
{
    public string Line(Customer customer) => $"{customer.Id}: {customer.Name}";
}
