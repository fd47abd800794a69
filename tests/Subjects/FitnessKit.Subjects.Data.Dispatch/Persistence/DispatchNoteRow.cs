namespace FitnessKit.Subjects.Data.Dispatch.Persistence;

/// <summary>A note of <see cref="AuditDbContext"/>, whose schema is set on its entity type found by its CLR type.</summary>
internal sealed class DispatchNoteRow
{
    public Guid Id { get; set; }
}
