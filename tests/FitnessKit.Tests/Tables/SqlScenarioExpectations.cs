namespace FitnessKit.Tests.Tables;

/// <summary>
/// The SQL that the compiled scenarios of FitnessKit.Subjects.Data.Reporting (Dapper and EF Core raw SQL),
/// FitnessKit.Subjects.Data.Worker (ADO.NET), FitnessKit.Subjects.Data.Fulfilment and FitnessKit.Subjects.Data.Returns
/// (EF Core raw SQL) must yield, one row per call that receives SQL, and one row per prose string that must yield none. Each scenario is one file, Scenarios/&lt;Scenario&gt;.cs, holding one class of the same name in the
/// namespace &lt;Assembly&gt;.Scenarios.
/// </summary>
/// <remarks>
/// <para>
/// Tables are written as the database stores them, schema and name joined by a dot: quoted identifiers keep their case
/// (<c>sales."Orders"</c> is <c>sales.Orders</c>), unquoted PostgreSQL identifiers fold to lower case, T-SQL brackets are
/// dropped (<c>[ops].[Notifications]</c> is <c>ops.Notifications</c>). An unqualified name is in the dialect's default
/// schema (<c>public</c> for PostgreSQL). A schema that is a hole in the rebuilt string is <c>?</c>. Common table
/// expressions and aliases are not tables. Reads and Writes are sets: compare them without regard to order.
/// </para>
/// <para>
/// The tables the rows assume (EF Core subjects map them): sales."Customers", sales."Orders", sales."OrderLines",
/// quotes."Quotes" (Sales), support."Customers", support."Tickets", support."OutboxMessages" (Support),
/// sales."OutboxMessages", ops."AuditLog", public."Settings" (Legacy), reporting."ReportRuns" (Reporting's own
/// ReportingDbContext), public."ShipmentCarriers", public."ShipmentEvent", public."LabelParcel", public."Operator"
/// (Fulfilment's, which its model maps with no ToTable or DbSet naming them), public.return_requests and
/// public.refund_line (Returns', named in snake case by its naming convention), ops.AccountsHistory (the history table
/// of Ledger's temporal ops.Accounts). Reporting also owns the schema "reporting", and with it reporting.daily_sales, which only a SQL
/// script creates. Nobody maps or claims legacy_exports or [ops].[Notifications].
/// </para>
/// <para>
/// Line is the 1-based line, from the portable PDB, of the call that receives the SQL: the Dapper, ADO.NET or EF Core
/// call, the command constructor, or the CommandText assignment. For a NotSql row it is the line of the string literal.
/// Member is the method as written: for an async method, the user's method, not the state machine's MoveNext. Dialect is
/// <c>PostgreSql</c> or <c>SqlServer</c>, known from the connection or provider type, and <c>None</c> for a NotSql row.
/// </para>
/// </remarks>
internal static class SqlScenarioExpectations
{
    private const string Reporting = "FitnessKit.Subjects.Data.Reporting";
    private const string ReportingScenarios = "FitnessKit.Subjects.Data.Reporting.Scenarios.";
    private const string Worker = "FitnessKit.Subjects.Data.Worker";
    private const string WorkerScenarios = "FitnessKit.Subjects.Data.Worker.Scenarios.";
    private const string Fulfilment = "FitnessKit.Subjects.Data.Fulfilment";
    private const string FulfilmentScenarios = "FitnessKit.Subjects.Data.Fulfilment.Scenarios.";
    private const string Returns = "FitnessKit.Subjects.Data.Returns";

    /// <summary>Every expected row, Reporting's scenarios first, then Worker's, in the order of the brief.</summary>
    public static IReadOnlyList<SqlScenarioExpectation> All { get; } =
    [
        // Reporting: Dapper over NpgsqlConnection.
        new(Reporting, ReportingScenarios + "CrossContextJoinInterpolated", "TicketsOfOrderAsync", "PostgreSql", ["sales.Orders", "support.Tickets"], [], "Sql", 18), // interpolated string handler, held in a local (a state machine field in Debug)
        new(Reporting, ReportingScenarios + "OwnSchemaProjection", "DailySales", "PostgreSql", ["reporting.daily_sales"], [], "Sql", 18), // twin of CrossContextJoinInterpolated: own schema, SQL-only table
        new(Reporting, ReportingScenarios + "ConcatenatedCustomerLookup", "CustomerNameAsync", "PostgreSql", ["sales.Customers"], [], "Sql", 16), // literal + int: Int32.ToString, string.Concat
        new(Reporting, ReportingScenarios + "FormattedTicketCount", "CountTickets", "PostgreSql", ["support.Tickets"], [], "Sql", 16), // string.Format, the hole inside '{0}'
        new(Reporting, ReportingScenarios + "StaticReadonlyFieldSql", "ExpiredQuoteIds", "PostgreSql", ["quotes.Quotes"], [], "Sql", 18), // static readonly field set in .cctor
        new(Reporting, ReportingScenarios + "ConstFieldSql", "SupportCustomersAsync", "PostgreSql", ["support.Customers"], [], "Sql", 18), // const field, inlined as ldstr
        new(Reporting, ReportingScenarios + "LocalHeldSql", "MarkOrder", "PostgreSql", [], ["sales.Orders"], "Sql", 23), // local set at line 15, UPDATE
        new(Reporting, ReportingScenarios + "RawStringLiteralSql", "RecentTicketsAsync", "PostgreSql", ["support.Tickets", "sales.Customers"], [], "Sql", 27), // raw string literal, CTE "recent" is not a table
        new(Reporting, ReportingScenarios + "InterpolatedSchemaPrefix", "OrdersIn", "PostgreSql", ["?.Orders"], [], "Sql", 17), // string holes only: string.Concat of three
        new(Reporting, ReportingScenarios + "UnownedTableQuery", "PendingExportFiles", "PostgreSql", ["public.legacy_exports"], [], "Sql", 16), // unqualified, unquoted, unowned
        new(Reporting, ReportingScenarios + "ProseNotSql", "EmptySelectionHint", "None", [], [], "NotSql", 11), // returned
        new(Reporting, ReportingScenarios + "ProseNotSql", "RemoveFromCart", "None", [], [], "NotSql", 17), // written to a TextWriter
        new(Reporting, ReportingScenarios + "ProseNotSql", "JoinTeam", "None", [], [], "NotSql", 24), // an exception message
        new(Reporting, ReportingScenarios + "UnparseableSql", "Run", "PostgreSql", [], [], "Unparseable", 16), // SELEC ... FORM
        new(Reporting, ReportingScenarios + "SqlFromCallers", "Execute", "PostgreSql", [], [], "NotRead", 16), // a parameter of a public helper that nothing here calls
        new(Reporting, ReportingScenarios + "SqlThroughSharedQueryBase", "SubjectsOfOrder", "PostgreSql", ["support.Tickets"], [], "Sql", 12), // interpolated, handed to SqlKit's async query base class
        new(Reporting, ReportingScenarios + "OwnRunsThroughSharedQueryBase", "RunNamesSince", "PostgreSql", ["reporting.ReportRuns"], [], "Sql", 9), // twin: the same base class, its own table
        new(Reporting, ReportingScenarios + "SqlThroughStaticHelper", "PurgeLines", "PostgreSql", [], ["sales.OrderLines"], "Sql", 14), // literal + int, handed to SqlKit's static helper
        new(Reporting, ReportingScenarios + "SqlThroughRunnerInterface", "Expire", "PostgreSql", [], ["quotes.Quotes"], "Sql", 12), // called through an interface; its implementation captures the SQL in a lambda
        new(Reporting, ReportingScenarios + "SqlInRetryLambda", "OpenTicketSubjects", "PostgreSql", ["support.Tickets"], [], "Sql", 19), // a local captured by a retry lambda that calls Dapper
        new(Reporting, ReportingScenarios + "OwnRunsInRetryLambda", "ForgetRun", "PostgreSql", [], ["reporting.ReportRuns"], "Sql", 15), // twin: the same shape, its own table
        new(Reporting, ReportingScenarios + "SqlThroughOwnHelper", "CustomersNamed", "PostgreSql", ["sales.Customers"], [], "Sql", 13), // two helpers deep: its own, then SqlKit's
        new(Reporting, ReportingScenarios + "OwnTableThroughDapper", "ReportNameAsync", "PostgreSql", ["reporting.ReportRuns"], [], "Sql", 16), // twin of ConcatenatedCustomerLookup: own mapped table
        new(Reporting, ReportingScenarios + "SqlBuiltByHelperMethod", "SettingKeys", "PostgreSql", ["public.Settings"], [], "Sql", 16), // returned by a private static helper
        new(Reporting, ReportingScenarios + "SettingsThroughGenericReader", "CountAsync", "PostgreSql", ["public.Settings"], [], "Sql", 18), // SqlKit's generic reader names the table typeof(TRow).Name + "s": read for this closing, at SqlKit's line
        new(Reporting, ReportingScenarios + "OwnRunsThroughGenericReader", "Count", "PostgreSql", ["reporting.ReportRuns"], [], "Sql", 17), // twin: its own generic reader, closed with its own ReportRun
        new(Reporting, ReportingScenarios + "SettingsThroughInjectedRepository", "SettingsKept", "PostgreSql", ["public.Settings"], [], "Sql", 11), // IRowCounter<Setting>.Count() of SqlKit's generic repository: typeof(TRow).Name + "s" at this call
        new(Reporting, ReportingScenarios + "OwnRunsThroughInjectedRepository", "RunsKept", "PostgreSql", ["reporting.ReportRuns"], [], "Sql", 30), // twin: its own generic repository, its own ReportRun
        new(Reporting, ReportingScenarios + "SettingsThroughGenericMethod", "SettingsKept", "PostgreSql", ["public.Settings"], [], "Sql", 13), // SqlKit's SqlCounts.Count<Setting>: typeof(TRow).Name + "s" of the method's type argument
        new(Reporting, ReportingScenarios + "OwnRunsThroughGenericMethod", "RunsKept", "PostgreSql", ["reporting.ReportRuns"], [], "Sql", 12), // twin: its own generic method, its own ReportRun
        new(Reporting, ReportingScenarios + "UnclosedGenericReader`1", "Count", "PostgreSql", [], [], "NotRead", 17), // typeof(TRow).Name, and nothing closes or calls the type
        new(Reporting, ReportingScenarios + "SqlInStringBuilder", "OpenTicketIds", "PostgreSql", ["support.Tickets"], [], "Sql", 22), // StringBuilder.Append three times, then ToString
        new(Reporting, ReportingScenarios + "ProcedureByName", "RefreshDailySales", "PostgreSql", [], [], "Sql", 18), // a routine's name alone, commandType: StoredProcedure
        new(Reporting, ReportingScenarios + "TableValuedParameterName", "NamesOf", "PostgreSql", ["reporting.ReportRuns"], [], "Sql", 17), // AsTableValuedParameter's and SetTypeName's type name is no SQL

        new(Reporting, ReportingScenarios + "FulfilmentModelTables", "CarrierEvents", "PostgreSql", ["public.ShipmentCarriers", "public.ShipmentEvent"], [], "Sql", 17), // a renamed join table and a type reached by navigation, Fulfilment's

        new(Reporting, ReportingScenarios + "SnakeCaseTables", "OpenReturns", "PostgreSql", ["public.return_requests"], [], "Sql", 16), // Returns' table as its snake-case convention names it

        // Reporting: EF Core raw SQL through ReportingDbContext (Npgsql provider).
        new(Reporting, ReportingScenarios + "EfRawSqlInterpolated", "OrderCountOfCustomerAsync", "PostgreSql", ["sales.Orders"], [], "Sql", 18), // SqlQuery<int>(FormattableString)
        new(Reporting, ReportingScenarios + "EfRawSqlInterpolated", "DeleteRunsBefore", "PostgreSql", [], ["reporting.ReportRuns"], "Sql", 24), // ExecuteSqlRaw, {0} is EF's parameter placeholder

        // Worker: ADO.NET.
        new(Worker, WorkerScenarios + "NpgsqlCommandConstructor", "OpenTicketIdsAsync", "PostgreSql", ["support.Tickets"], [], "Sql", 14), // new NpgsqlCommand(sql, connection)
        new(Worker, WorkerScenarios + "CommandTextSetter", "DeleteLines", "PostgreSql", [], ["sales.OrderLines"], "Sql", 15), // DbCommand.CommandText = sql
        new(Worker, WorkerScenarios + "SqlServerNotificationsReader", "UnsentNotifications", "SqlServer", ["ops.Notifications"], [], "Sql", 15), // T-SQL brackets, new SqlCommand(sql, connection)
        new(Worker, WorkerScenarios + "ParameterizedTwin", "IsAlive", "PostgreSql", [], [], "Sql", 14), // twin of NpgsqlCommandConstructor: SELECT 1, no table
        new(Worker, WorkerScenarios + "InsertSelectAcrossSchemas", "CopyCustomersAsync", "PostgreSql", ["sales.Customers"], ["support.Customers"], "Sql", 14), // INSERT ... SELECT: writes Support, reads Sales
        new(Worker, WorkerScenarios + "BulkImports", "CopyOrdersIn", "PostgreSql", [], ["sales.Orders"], "Sql", 22), // NpgsqlConnection.BeginBinaryImport: COPY ... FROM STDIN writes
        new(Worker, WorkerScenarios + "BulkImports", "LoadTickets", "SqlServer", [], ["support.Tickets"], "Sql", 36), // SqlBulkCopy.DestinationTableName, a table name, no statement
        new(Worker, WorkerScenarios + "BulkImports", "LoadCustomers", "MySql", [], ["support.Customers"], "Sql", 43), // MySqlBulkCopy.DestinationTableName, backticks
        new(Worker, WorkerScenarios + "LedgerHistoryAudit", "BalanceBefore", "SqlServer", ["ops.AccountsHistory"], [], "Sql", 15), // a temporal table's history table, which EF Core names
        new(Worker, WorkerScenarios + "SystemCatalogChecks", "SchemaIsCurrent", "SqlServer", [], [], "Sql", 18), // INFORMATION_SCHEMA and sys: the database's own catalog, no table
        new(Worker, WorkerScenarios + "SystemCatalogChecks", "ActiveSessions", "PostgreSql", [], [], "Sql", 27), // pg_stat_activity, pg_catalog, information_schema: no table
        new(Worker, WorkerScenarios + "SystemCatalogChecks", "LastMigration", "PostgreSql", [], [], "Sql", 36), // EF Core's migrations history: no table
        new(Worker, WorkerScenarios + "HeartbeatSchemaByDbUp", "Build", "SqlServer", [], [], "Sql", 13), // DbUp's WithScript: CREATE TABLE ops.worker_heartbeats, the dialect from SqlDatabase(..)
        new(Worker, WorkerScenarios + "LegacyScriptsFromDisk", "Build", "None", [], [], "NotRead", 13), // DbUp's WithScriptsFromFileSystem: files read at run time

        // Fulfilment and Returns: EF Core raw SQL through their own contexts, over tables their models map without naming them.
        new(Returns, Returns + ".Scenarios.RefundTotals", "RefundedFor", "PostgreSql", ["public.refund_line"], [], "Sql", 14), // its own table, as its snake-case convention names it
        new(Fulfilment, FulfilmentScenarios + "OperatorWorkload", "LabelledParcelsOf", "PostgreSql", ["public.LabelParcel", "public.Parcels", "public.Operator"], [], "Sql", 14), // SqlQueryRaw, {0} is EF's placeholder
    ];
}

/// <summary>One call that receives SQL, or one string that must not be taken for SQL.</summary>
/// <param name="Assembly">The subject assembly's name.</param>
/// <param name="Type">Full name of the type that holds the call.</param>
/// <param name="Member">The method as written (the user's method for async methods).</param>
/// <param name="Dialect"><c>PostgreSql</c> or <c>SqlServer</c>; <c>None</c> when no SQL API receives the string.</param>
/// <param name="Reads">Tables read, <c>schema.Name</c> as the database stores them; <c>?</c> for a schema that is a hole.</param>
/// <param name="Writes">Tables written (INSERT, UPDATE, DELETE targets), in the same form.</param>
/// <param name="Outcome"><c>Sql</c>, <c>NotSql</c> or <c>Unparseable</c>.</param>
/// <param name="Line">The 1-based line of the call that receives the SQL; for <c>NotSql</c>, of the string literal.</param>
internal sealed record SqlScenarioExpectation(string Assembly, string Type, string Member, string Dialect, string[] Reads, string[] Writes, string Outcome, int Line);
