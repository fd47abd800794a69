namespace Pantry.Api.Infrastructure.Auditing;

public sealed class AuditEntry
{
    public long Id { get; set; }

    public string Action { get; set; } = "";

    public DateTime At { get; set; }
}
