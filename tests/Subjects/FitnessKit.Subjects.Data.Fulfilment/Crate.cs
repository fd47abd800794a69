namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>Seals through a one-sided many-to-many configured by the navigation's name (<see cref="CrateConfiguration"/>).</summary>
public sealed class Crate
{
    public Guid Id { get; set; }

    public List<Seal> Seals { get; set; } = [];
}
