namespace FitnessKit.Sql;

/// <summary>
/// Collects the tables one statement uses while a reader walks it, and knows which single-part names are CTEs in
/// scope (those are not tables, nor is the database's own catalog). A read can be turned into a write once an UPDATE
/// or DELETE target turns out to be the alias of a FROM item.
/// </summary>
internal sealed class TableUseCollector
{
    private readonly List<SqlTableUse> _uses = [];
    private readonly List<HashSet<string>> _cteScopes = [];

    /// <summary>Records a use and returns its index, or -1 when the name is a CTE in scope or the database's own catalog or routine (<see cref="SystemCatalog"/>), and so no table.</summary>
    public int Add(SqlObjectName table, TableAccess access, bool routine = false)
    {
        // What a statement calls is a routine, whichever reader found the call.
        routine |= access == TableAccess.Execute;
        if ((!routine && IsCte(table)) || SystemCatalog.Contains(table) || (routine && SystemCatalog.IsSystemRoutine(table)))
        {
            return -1;
        }

        _uses.Add(new SqlTableUse(table, access, routine));
        return _uses.Count - 1;
    }

    /// <summary>Turns the read recorded at <paramref name="index"/> into a write of the same table.</summary>
    public void ChangeToWrite(int index) => _uses[index] = _uses[index] with { Access = TableAccess.Write };

    /// <summary>Opens the scope of a WITH list.</summary>
    public void BeginCteScope() => _cteScopes.Add(new HashSet<string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>Makes <paramref name="name"/> a CTE in the innermost scope.</summary>
    public void DeclareCte(string name) => _cteScopes[^1].Add(name);

    /// <summary>Closes the innermost WITH list's scope.</summary>
    public void EndCteScope() => _cteScopes.RemoveAt(_cteScopes.Count - 1);

    /// <summary>Whether <paramref name="table"/> is a single-part name that a WITH list in scope declares.</summary>
    public bool IsCte(SqlObjectName table) =>
        table is { Schema: null, SchemaIsHole: false, Database: null, Name: { } name }
        && _cteScopes.Exists(scope => scope.Contains(name));

    /// <summary>Each use once, in the order first met.</summary>
    public IReadOnlyList<SqlTableUse> Uses() => _uses.Distinct().ToList();
}
