namespace FitnessKit.Subjects.Data.Returns;

/// <summary>A return: its lines and status reached by navigations, and reasons joined by convention.</summary>
public sealed class ReturnRequest
{
    public Guid Id { get; set; }

    public List<RefundLine> Lines { get; set; } = [];

    public List<ReturnReason> Reasons { get; set; } = [];

    public RMAStatus2Code? Status { get; set; }

    /// <summary>Gets or sets the label of the parcel it came back in, a column of Fulfilment's Parcels table.</summary>
    public string? ParcelLabel { get; set; }
}
