namespace FitnessKit.Subjects.Data.Returns;

/// <summary>A return: its lines and status reached by navigations, and reasons joined by convention.</summary>
public sealed class ReturnRequest
{
    public Guid Id { get; set; }

    public List<RefundLine> Lines { get; set; } = [];

    public List<ReturnReason> Reasons { get; set; } = [];

    public RMAStatus2Code? Status { get; set; }
}
