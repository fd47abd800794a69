using Dapper;

using Npgsql;

namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Planted: reads two of Fulfilment's tables that no ToTable or DbSet of its names, in public, a schema Legacy maps
/// into too: the join table its UsingEntity renames, ShipmentCarriers, and ShipmentEvent, which EF Core maps because a
/// navigation of Shipment leads to it. Only reading Fulfilment's model as EF Core builds it tells whose they are.
/// </summary>
internal sealed class FulfilmentModelTables
{
    public IReadOnlyList<string> CarrierEvents(NpgsqlConnection connection, Guid carrierId)
    {
        connection.Open();
        return connection.Query<string>(
            "SELECT e.\"Kind\" FROM \"ShipmentCarriers\" sc JOIN \"ShipmentEvent\" e ON e.\"ShipmentId\" = sc.\"ShipmentsId\" WHERE sc.\"CarriersId\" = @carrierId",
            new { carrierId }).ToList();
    }
}
