using System.Data;

namespace Acme.Shop.BuildingBlocks.Infrastructure;

/// <summary>How the modules' queries reach the database: an open connection, of no provider type they can see.</summary>
public interface ISqlConnectionFactory
{
    IDbConnection GetOpenConnection();
}
