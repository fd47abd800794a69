namespace FitnessKit.Subjects.Data.Fulfilment;

/// <summary>A move of a pallet between bins: its table is named after the type, audit.PalletMoveLog.</summary>
internal sealed class PalletMove
{
    public Guid Id { get; set; }

    public string FromBin { get; set; } = "";

    public string ToBin { get; set; } = "";
}

/// <summary>Names PalletMove's table through the generic base.</summary>
internal sealed class PalletMoveConfiguration : NamedByTypeConfiguration<PalletMove>;
