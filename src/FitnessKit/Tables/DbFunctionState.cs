namespace FitnessKit.Tables;

/// <summary>What <c>HasDbFunction</c>, <c>HasName</c> and <c>HasSchema</c> have said of one database function so far.</summary>
internal sealed class DbFunctionState(string name, string api, string member, MappingSite site)
{
    public string Name { get; set; } = name;

    public string? Schema { get; set; }

    public string Api { get; } = api;

    public string Member { get; } = member;

    public MappingSite Site { get; } = site;
}
