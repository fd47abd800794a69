namespace FitnessKit.Tables;

/// <summary>
/// The database a literal connection string names, read as ADO.NET providers read one (<c>key=value</c> pairs, keys
/// without case): <c>Database</c> or <c>Initial Catalog</c>; EF Core's <c>Name=ConnectionStrings:X</c>, the connection
/// string named X; or SQLite's <c>Data Source</c> file, by its name (for SQL Server's client it names the server).
/// </summary>
internal static class ConnectionStrings
{
    /// <summary>The database a connection string names, and the pair that names it (no other pair, so no password, is shown).</summary>
    /// <param name="text">The connection string.</param>
    /// <param name="sqlite">Whether SQLite's provider is given it, whose data source is the database's file.</param>
    /// <returns>The database and the pair, or <see langword="null"/> when it names none.</returns>
    public static (string Database, string Pair)? DatabaseOf(string text, bool sqlite)
    {
        var pairs = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2 && p[1].Length > 0)
            .Select(p => (Key: p[0], Value: p[1].Trim('"', '\'')))
            .ToList();
        foreach (var (key, value) in pairs)
        {
            if (key.Equals("Database", StringComparison.OrdinalIgnoreCase) || key.Equals("Initial Catalog", StringComparison.OrdinalIgnoreCase))
            {
                return (value, $"{key}={value}");
            }

            if (key.Equals("Name", StringComparison.OrdinalIgnoreCase) && pairs.Count == 1)
            {
                var name = value.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase) ? value["ConnectionStrings:".Length..] : value;
                return (name, $"{key}={value}");
            }
        }

        foreach (var (key, value) in pairs)
        {
            if (sqlite && (key.Equals("Data Source", StringComparison.OrdinalIgnoreCase) || key.Equals("DataSource", StringComparison.OrdinalIgnoreCase) || key.Equals("Filename", StringComparison.OrdinalIgnoreCase))
                && !value.StartsWith(':'))
            {
                return (Path.GetFileNameWithoutExtension(value.Replace('\\', '/')), $"{key}={value}");
            }
        }

        return null;
    }
}
