using FitnessKit.ContextMapping;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// Which database each table is in. Contexts that name no database in the context map share one; a context that names
/// one keeps there what its DbContexts map and what its SQL names without a database. A three-part name in SQL
/// (<c>SalesDb.sales.Orders</c>) is in the database it names: one of the map's, compared without case, or another the
/// map does not know (a system outside it, then a table no context owns); so is MySQL's <c>orders_db.Orders</c>, whose
/// schema is a database. In a map that names no database at all, a three-part name is read as before there were any:
/// every context's tables are in the one database, and MySQL's first part is a schema.
/// </summary>
public sealed partial class TableCatalog
{
    /// <summary>The databases of a context map, by context.</summary>
    private sealed class DatabasePlaces
    {
        private readonly ContextModel _model;
        private readonly Dictionary<string, string> _byContext = new(StringComparer.Ordinal);
        private readonly List<string> _named = [];

        public DatabasePlaces(ContextModel model)
        {
            _model = model;
            foreach (var context in model.Map.Contexts)
            {
                if (context.Database is not { } database)
                {
                    continue;
                }

                // As the map first writes it, so that a table reads the same whichever context's spelling it is met by.
                var written = Named(database);
                if (written is null)
                {
                    _named.Add(written = database);
                }

                _byContext[context.Name] = written;
            }
        }

        /// <summary>Gets the database of each context that names one, by context.</summary>
        public IReadOnlyDictionary<string, string> ByContext => _byContext;

        /// <summary>The database of a context, or <see langword="null"/> for the one contexts share (also for no context).</summary>
        public string? Of(string? context) => context is not null && _byContext.TryGetValue(context, out var database) ? database : null;

        /// <summary>Each table of a statement in its database: the one it names, or its context's.</summary>
        public SqlStatement Place(SqlStatement statement)
        {
            if (_named.Count == 0 && !statement.Tables.Any(t => t.Table.WrittenDatabase is not null || t.Table.SchemaIsMySqlDatabase))
            {
                return statement;
            }

            var own = Of(_model.ContextOf(statement.SourceType)?.Name);
            return statement with { Tables = [.. statement.Tables.Select(t => t with { Table = Place(t.Table, own) }).Distinct()] };
        }

        private TableName Place(TableName table, string? own)
        {
            if (table.SchemaIsMySqlDatabase)
            {
                // In MySQL a schema is a database: in a map of databases, orders_db.Orders is table Orders of orders_db.
                table = _named.Count == 0 ? table with { SchemaIsMySqlDatabase = false }
                    : TableNames.Create(null, table.Name, SqlDialectName.MySql, quoted: false) with { WrittenDatabase = table.Schema };
            }

            if (table.WrittenDatabase is not { } written)
            {
                return table.InDatabase(own);
            }

            var plain = table with { WrittenDatabase = null };
            return _named.Count == 0 ? plain : plain.InDatabase(Named(written) ?? written);
        }

        /// <summary>A database the map names, as it first writes it (names compare without case), or <see langword="null"/>.</summary>
        private string? Named(string database) => _named.FirstOrDefault(d => d.Equals(database, StringComparison.OrdinalIgnoreCase));
    }
}
