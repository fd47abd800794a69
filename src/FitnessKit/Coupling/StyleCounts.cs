namespace FitnessKit.Coupling;

/// <summary>How many distinct uses of each <see cref="CouplingStyle"/> one context makes of another: pairs of a type and what it uses (a type, or a called method).</summary>
internal readonly record struct StyleCounts(int Events, int Commands, int Queries, int TypeUses)
{
    /// <summary>Gets the count of one style (not <see cref="CouplingStyle.Data"/>, which the dependency counts).</summary>
    public int this[CouplingStyle style] => style switch
    {
        CouplingStyle.Events => Events,
        CouplingStyle.Commands => Commands,
        CouplingStyle.Queries => Queries,
        CouplingStyle.TypeUses => TypeUses,
        _ => 0,
    };
}
