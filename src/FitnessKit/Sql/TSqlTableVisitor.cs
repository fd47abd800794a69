using FitnessKit.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace FitnessKit.Sql;

/// <summary>
/// Walks one T-SQL statement and records its tables: every NamedTableReference (FROM, JOIN, APPLY, subqueries,
/// MERGE's USING) is read; INSERT, UPDATE, DELETE and MERGE targets, OUTPUT INTO tables, SELECT INTO tables and
/// truncated tables are written. A created table or view is created; the table a foreign key references is read; a
/// table or view altered or dropped, and the table an index or a trigger is on, is written. A synonym is created, and
/// the object it names read. CTE names, temporary tables
/// (#t, ##t) and table variables (@t) are no tables.
/// </summary>
internal sealed class TSqlTableVisitor : TSqlFragmentVisitor
{
    private readonly TableUseCollector _uses = new();

    /// <summary>Targets and the table each writes; null for a target that is the alias of a derived table.</summary>
    private readonly Dictionary<NamedTableReference, SchemaObjectName?> _targets = new(ReferenceEqualityComparer.Instance);

    /// <summary>FROM items an UPDATE or DELETE target names by alias: they are written, not read.</summary>
    private readonly HashSet<NamedTableReference> _written = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether the statement is a trigger's, whose <c>inserted</c> and <c>deleted</c> are the rows it sees, no tables.</summary>
    private bool _inTrigger;

    /// <summary>The methods SQL Server's own types answer (xml, geography and geometry, hierarchyid), called on a column.</summary>
    private static readonly HashSet<string> TypeMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "value", "query", "exist", "nodes", "modify", "ToString", "Parse", "Read", "Write", "GetAncestor", "GetDescendant",
        "GetLevel", "GetReparentedValue", "IsDescendantOf", "GetRoot", "MakeValid", "Reduce", "BufferWithTolerance",
        "EnvelopeCenter", "EnvelopeAngle", "IsNull", "NumRings", "RingN", "AsGml", "AsTextZM", "Filter", "InstanceOf",
        "MinDbCompatibilityLevel", "HasZ", "HasM", "CurveToLineWithTolerance", "ShortestLineTo", "ReorientObject",
    };

    private TSqlTableVisitor() => _uses.BeginCteScope();

    /// <summary>Whether a name is a method of SQL Server's own types: the spatial ones are STArea, STDistance, ...</summary>
    private static bool IsTypeMethod(string name) =>
        TypeMethods.Contains(name) || (name.Length > 2 && name.StartsWith("ST", StringComparison.Ordinal) && char.IsUpper(name[2]));

    /// <summary>Whether the statements of a routine's or a trigger's body are left out, read as statements of their own.</summary>
    private bool _bodyApart;

    /// <summary>
    /// The tables <paramref name="fragment"/> uses, each once per access, in the order first met; in a trigger's body
    /// with <paramref name="inTrigger"/>, and without the statements of a routine's or trigger's body with
    /// <paramref name="bodyApart"/>.
    /// </summary>
    public static IReadOnlyList<SqlTableUse> Collect(TSqlFragment fragment, bool inTrigger = false, bool bodyApart = false)
    {
        var visitor = new TSqlTableVisitor { _inTrigger = inTrigger, _bodyApart = bodyApart };
        fragment.Accept(visitor);
        return visitor._uses.Uses();
    }

    /// <inheritdoc/>
    public override void ExplicitVisit(StatementList node)
    {
        if (!_bodyApart)
        {
            base.ExplicitVisit(node);
        }
    }

    /// <inheritdoc/>
    public override void Visit(StatementWithCtesAndXmlNamespaces node)
    {
        foreach (CommonTableExpression cte in node.WithCtesAndXmlNamespaces?.CommonTableExpressions ?? [])
        {
            _uses.DeclareCte(cte.ExpressionName.Value);
        }
    }

    /// <inheritdoc/>
    public override void Visit(InsertSpecification node) => MarkTarget(node.Target, from: null);

    /// <inheritdoc/>
    public override void Visit(UpdateSpecification node) => MarkTarget(node.Target, node.FromClause);

    /// <inheritdoc/>
    public override void Visit(DeleteSpecification node) => MarkTarget(node.Target, node.FromClause);

    /// <inheritdoc/>
    public override void Visit(MergeSpecification node) => MarkTarget(node.Target, from: null);

    /// <inheritdoc/>
    public override void Visit(OutputIntoClause node) => MarkTarget(node.IntoTable, from: null);

    /// <inheritdoc/>
    public override void Visit(TruncateTableStatement node) => Add(node.TableName, TableAccess.Write);

    /// <inheritdoc/>
    public override void Visit(CreateTableStatement node) => Add(node.SchemaObjectName, TableAccess.Create);

    /// <inheritdoc/>
    public override void Visit(CreateViewStatement node) => Add(node.SchemaObjectName, TableAccess.Create);

    /// <inheritdoc/>
    public override void Visit(CreateOrAlterViewStatement node) => Add(node.SchemaObjectName, TableAccess.Create);

    /// <inheritdoc/>
    public override void Visit(CreateSynonymStatement node)
    {
        // A synonym is a name of its creator's for another object: whoever reads through it reads that object.
        Add(node.Name, TableAccess.Create);
        Add(node.ForName, TableAccess.Read);
    }

    /// <inheritdoc/>
    public override void Visit(DropSynonymStatement node) => AddAll(node.Objects, TableAccess.Write);

    /// <inheritdoc/>
    public override void Visit(AlterViewStatement node) => Add(node.SchemaObjectName, TableAccess.Write);

    /// <inheritdoc/>
    public override void Visit(AlterTableStatement node) => Add(node.SchemaObjectName, TableAccess.Write);

    /// <inheritdoc/>
    public override void Visit(ForeignKeyConstraintDefinition node) => Add(node.ReferenceTableName, TableAccess.Read);

    /// <inheritdoc/>
    public override void Visit(DropTableStatement node) => AddAll(node.Objects, TableAccess.Write);

    /// <inheritdoc/>
    public override void Visit(DropViewStatement node) => AddAll(node.Objects, TableAccess.Write);

    /// <inheritdoc/>
    public override void Visit(CreateIndexStatement node) => Add(node.OnName, TableAccess.Write);

    /// <inheritdoc/>
    public override void Visit(TriggerStatementBody node)
    {
        _inTrigger = true;
        if (node.TriggerObject is { TriggerScope: TriggerScope.Normal, Name: { } table })
        {
            Add(table, TableAccess.Write);
        }
    }

    /// <inheritdoc/>
    public override void Visit(SchemaObjectFunctionTableReference node)
    {
        // A table-valued function of a schema is a routine of the code base's, called; the built-in ones (STRING_SPLIT,
        // GENERATE_SERIES) are written without one.
        // An xml column's nodes() (CROSS APPLY d.Doc.nodes('/a')) reads like one, and is a method of the column's type.
        if (node.SchemaObject is { SchemaIdentifier: not null } routine && !IsTypeMethod(routine.BaseIdentifier.Value))
        {
            Add(routine, TableAccess.Execute, routine: true);
        }
    }

    /// <inheritdoc/>
    public override void Visit(FunctionCall node)
    {
        // A scalar function of the code base's is always written with its schema (sales.total_of(o.Id)); a call on a
        // column or a variable is a method of its type (x.value('..'), g.STDistance(h)), no routine.
        if (node.CallTarget is MultiPartIdentifierCallTarget { MultiPartIdentifier.Identifiers: [var schema] }
            && !IsTypeMethod(node.FunctionName.Value))
        {
            _uses.Add(SqlObjectName.FromParts([Part(schema), Part(node.FunctionName)]), TableAccess.Execute, routine: true);
        }
    }

    /// <inheritdoc/>
    public override void Visit(ExecutableProcedureReference node)
    {
        if (node.ProcedureReference?.ProcedureReference?.Name is { } routine)
        {
            Add(routine, TableAccess.Execute, routine: true);
        }
    }

    /// <inheritdoc/>
    public override void Visit(ProcedureStatementBody node)
    {
        if (node.ProcedureReference?.Name is { } routine)
        {
            Add(routine, node is AlterProcedureStatement ? TableAccess.Write : TableAccess.Create, routine: true);
        }
    }

    /// <inheritdoc/>
    public override void Visit(FunctionStatementBody node)
    {
        if (node.Name is { } routine)
        {
            Add(routine, node is AlterFunctionStatement ? TableAccess.Write : TableAccess.Create, routine: true);
        }
    }

    /// <inheritdoc/>
    public override void Visit(DropProcedureStatement node) => AddAll(node.Objects, TableAccess.Write, routine: true);

    /// <inheritdoc/>
    public override void Visit(DropFunctionStatement node) => AddAll(node.Objects, TableAccess.Write, routine: true);

    /// <inheritdoc/>
    public override void Visit(SelectStatement node)
    {
        if (node.Into is { } table)
        {
            Add(table, TableAccess.Write);
        }
    }

    /// <inheritdoc/>
    public override void Visit(NamedTableReference node)
    {
        if (_written.Contains(node))
        {
            Add(node.SchemaObject, TableAccess.Write);
        }
        else if (_targets.TryGetValue(node, out SchemaObjectName? table))
        {
            if (table is not null)
            {
                Add(table, TableAccess.Write);
            }
        }
        else
        {
            Add(node.SchemaObject, TableAccess.Read);
        }
    }

    /// <summary>
    /// Marks a modification's target. A bare name that a FROM item exposes (<c>UPDATE o SET .. FROM Orders o</c>)
    /// is that item: the item is written and the bare name is no table.
    /// </summary>
    private void MarkTarget(TableReference? target, FromClause? from)
    {
        if (target is not NamedTableReference named)
        {
            return;
        }

        SchemaObjectName name = named.SchemaObject;
        if (from is not null && name is { SchemaIdentifier: null, DatabaseIdentifier: null })
        {
            TableReferenceWithAlias? item = Items(from.TableReferences).FirstOrDefault(i => Exposes(i, name.BaseIdentifier.Value));
            if (item is not null)
            {
                _targets[named] = null;
                if (item is NamedTableReference source)
                {
                    _written.Add(source);
                }

                return;
            }
        }

        _targets[named] = name;
    }

    private static IEnumerable<TableReferenceWithAlias> Items(IEnumerable<TableReference> references)
    {
        foreach (TableReference reference in references)
        {
            IEnumerable<TableReferenceWithAlias> items = reference switch
            {
                JoinTableReference join => Items([join.FirstTableReference, join.SecondTableReference]),
                JoinParenthesisTableReference parenthesis => Items([parenthesis.Join]),
                TableReferenceWithAlias item => [item],
                _ => [],
            };
            foreach (TableReferenceWithAlias item in items)
            {
                yield return item;
            }
        }
    }

    private static bool Exposes(TableReferenceWithAlias item, string name) =>
        item.Alias is { } alias
            ? string.Equals(alias.Value, name, StringComparison.OrdinalIgnoreCase)
            : item is NamedTableReference table && string.Equals(table.SchemaObject.BaseIdentifier.Value, name, StringComparison.OrdinalIgnoreCase);

    private void AddAll(IList<SchemaObjectName> names, TableAccess access, bool routine = false)
    {
        foreach (SchemaObjectName name in names)
        {
            Add(name, access, routine);
        }
    }

    private void Add(SchemaObjectName name, TableAccess access, bool routine = false)
    {
        if (name.BaseIdentifier.Value.StartsWith('#')
            || (_inTrigger && name is { SchemaIdentifier: null, DatabaseIdentifier: null } && name.BaseIdentifier.Value.ToUpperInvariant() is "INSERTED" or "DELETED"))
        {
            return;
        }

        var parts = new List<SqlNamePart>();
        if (name.DatabaseIdentifier is { } database)
        {
            parts.Add(Part(database));
            parts.Add(name.SchemaIdentifier is { } schema ? Part(schema) : new SqlNamePart("", Quoted: false));
        }
        else if (name.SchemaIdentifier is { } schema)
        {
            parts.Add(Part(schema));
        }

        parts.Add(Part(name.BaseIdentifier));
        _uses.Add(SqlObjectName.FromParts(parts), access, routine);
    }

    private static SqlNamePart Part(Identifier identifier) =>
        new(identifier.Value, identifier.QuoteType != QuoteType.NotQuoted);
}
