namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A base class that is no entity of the model: its navigation brings <see cref="Operator"/> in for every entity deriving from it.</summary>
public abstract class TrackedEntity
{
    public Operator? CreatedBy { get; set; }
}
