namespace FitnessKit.Subjects.Data.Returns;

/// <summary>Named with ToTable("InspectionReports"): whether the convention rewrites a name the code gives, EF Core's model says.</summary>
public sealed class Inspection
{
    public Guid Id { get; set; }
}
