namespace FitnessKit.Tests.Tables;

/// <summary>
/// What the data-ownership rules must find in the Data subjects, and nothing more: each planted breach by rule, source
/// type, member and table, and the compliant twins that must stay silent.
/// </summary>
internal static class DataOwnershipRuleScenarios
{
    private const string Reporting = "FitnessKit.Subjects.Data.Reporting.Scenarios.";
    private const string Worker = "FitnessKit.Subjects.Data.Worker.Scenarios.";
    private const string Scripts = "FitnessKit.Subjects.Data.Reporting.Database.";
    private const string Migrations = "FitnessKit.Subjects.Data.Reporting.Persistence.Migrations.";
    private const string LedgerScripts = "FitnessKit.Subjects.Data.Ledger.Database.Scripts.";
    private const string CatalogScripts = "FitnessKit.Subjects.Data.Catalog.Database.";
    private const string Dispatch = "FitnessKit.Subjects.Data.Dispatch.Migrations.";

    public static IReadOnlyList<Planted> Violations { get; } =
    [
        // FK004: Reporting and Worker read and write Sales', Support's and Legacy's tables, with no assembly reference to them.
        new("FK004", Reporting + "CrossContextJoinInterpolated", "TicketsOfOrderAsync", "sales.Orders"),
        new("FK004", Reporting + "CrossContextJoinInterpolated", "TicketsOfOrderAsync", "support.Tickets"),
        new("FK004", Reporting + "ConcatenatedCustomerLookup", "CustomerNameAsync", "sales.Customers"),
        new("FK004", Reporting + "FormattedTicketCount", "CountTickets", "support.Tickets"),
        new("FK004", Reporting + "StaticReadonlyFieldSql", "ExpiredQuoteIds", "quotes.Quotes"),
        new("FK004", Reporting + "TableNamesFromSharedLibrary", "OpenTickets", "support.Tickets"), // a static readonly field of the shared library
        new("FK004", Reporting + "ConstFieldSql", "SupportCustomersAsync", "support.Customers"),
        new("FK004", Reporting + "LocalHeldSql", "MarkOrder", "sales.Orders"),
        new("FK004", Reporting + "RawStringLiteralSql", "RecentTicketsAsync", "support.Tickets"),
        new("FK004", Reporting + "RawStringLiteralSql", "RecentTicketsAsync", "sales.Customers"),
        new("FK004", Reporting + "EfRawSqlInterpolated", "OrderCountOfCustomerAsync", "sales.Orders"),
        new("FK004", Reporting + "SqlBuiltByHelperMethod", "SettingKeys", "public.Settings"),
        new("FK004", Reporting + "SettingsThroughGenericReader", "CountAsync", "public.Settings"), // typeof(TRow).Name of the shared library's generic reader
        new("FK004", Reporting + "SettingsThroughInjectedRepository", "SettingsKept", "public.Settings"), // typeof(TRow).Name of the shared library's generic repository, at the call
        new("FK004", Reporting + "SettingsThroughGenericMethod", "SettingsKept", "public.Settings"), // typeof(TRow).Name of the shared library's generic method, at the call
        new("FK004", Reporting + "SqlInStringBuilder", "OpenTicketIds", "support.Tickets"),
        new("FK004", Worker + "NpgsqlCommandConstructor", "OpenTicketIdsAsync", "support.Tickets"),
        new("FK004", "FitnessKit.Subjects.Data.Invoicing.Scenarios.TicketCountBySql", "OpenTickets", "support.Tickets"),
        new("FK004", Worker + "CommandTextSetter", "DeleteLines", "sales.OrderLines"),
        new("FK004", Worker + "InsertSelectAcrossSchemas", "CopyCustomersAsync", "sales.Customers"),
        new("FK004", Worker + "InsertSelectAcrossSchemas", "CopyCustomersAsync", "support.Customers"),
        new("FK004", Worker + "BulkImports", "CopyOrdersIn", "sales.Orders"),
        new("FK004", Worker + "BulkImports", "LoadTickets", "support.Tickets"),
        new("FK004", Worker + "BulkImports", "LoadCustomers", "support.Customers"),
        new("FK004", Reporting + "FulfilmentModelTables", "CarrierEvents", "public.ShipmentCarriers"),
        new("FK004", Reporting + "FulfilmentModelTables", "CarrierEvents", "public.ShipmentEvent"),
        new("FK004", Reporting + "SnakeCaseTables", "OpenReturns", "public.return_requests"),
        new("FK004", Worker + "LedgerHistoryAudit", "BalanceBefore", "ops.AccountsHistory"),
        new("FK004", Worker + "LedgerBalanceAcrossDatabases", "BalanceOf", "ops.Accounts"), // [LedgerDb].[ops].[Accounts]: one database, as the map names none
        new("FK004", Worker + "BookingDocumentsBySql", "ReservationsOfRoomAsync", "booking.mt_doc_reservation"), // Marten's document table of Booking's
        new("FK004", "FitnessKit.Subjects.Data.Booking.Scenarios.SupportTicketsThroughMarten", "OpenTicketsOfGuestAsync", "support.Tickets"), // SQL handed to a Marten session
        new("FK004", Reporting + "SqlThroughSharedQueryBase", "SubjectsOfOrder", "support.Tickets"),
        new("FK004", Reporting + "SqlThroughStaticHelper", "PurgeLines", "sales.OrderLines"),
        new("FK004", Reporting + "SqlThroughRunnerInterface", "Expire", "quotes.Quotes"),
        new("FK004", Reporting + "SqlThroughOwnHelper", "CustomersNamed", "sales.Customers"),
        new("FK004", Reporting + "SqlInRetryLambda", "OpenTicketSubjects", "support.Tickets"),
        new("FK004", "FitnessKit.Subjects.Data.Reporting.Persistence.ReportingDbContext", "OnModelCreating", "sales.Orders"), // ToSqlQuery of OrderVolume; RunTotal's, over its own table, is silent

        // FK004 in definitions: Reporting's embedded scripts and a migration's SQL read Sales' and Support's tables (a view, a
        // foreign key); the worker deletes rows of a table that only Reporting's script creates.
        new("FK004", Scripts + "0002_create_sales_by_customer_view.sql", null, "sales.Orders"),
        new("FK004", Scripts + "0002_create_sales_by_customer_view.sql", null, "support.Customers"),
        new("FK004", Scripts + "0004_reference_sales_orders.sql", null, "sales.Orders"),
        new("FK004", Migrations + "AddSalesByDayView", "Up", "sales.Orders"),
        new("FK004", Worker + "ArchivedReportsPurge", "PurgeAsync", "public.report_archive"),
        new("FK004", LedgerScripts + "0002_LinkStatementsToCustomers.sql", null, "support.Customers"),
        new("FK004", LedgerScripts + "0007_CreateSupportCustomersSynonym.sql", null, "support.Customers"),

        // FK004 by a routine: the worker calls a procedure only Ledger's scripts create, and one in Support's schema.
        new("FK004", Worker + "ClosesLedgerAccounts", "Close", "ops.usp_CloseAccount"),
        new("FK004", Worker + "ClosesSupportTickets", "CloseStale", "support.usp_CloseStaleTickets"),
        new("FK004", Reporting + "TicketsThroughSupportFunction", "OpenTicketIds", "support.open_tickets_of"),
        new("FK004", Reporting + "TicketCountThroughSupportFunction", "OpenTickets", "support.open_ticket_count"),
        new("FK004", Worker + "LedgerBalanceThroughFunction", "BalanceOf", "ops.ufn_BalanceOf"),
        new("FK004", "FitnessKit.Subjects.Data.Reporting.Persistence.ReportingDbContext", "OnModelCreating", "support.open_ticket_count"), // HasDbFunction; archived_count's [DbFunction] and runs_of_day's ToFunction, Reporting's own, are silent

        // FK004 in a script DbUp reads from disk, where the build copies it: the worker deletes Sales' orders.
        new("FK004", "FitnessKit.Subjects.Data.Worker.archive-scripts.0002_purge_archived_orders.sql", null, "sales.Orders"),

        // FK004 in an EF Core migration's operations: Reporting's table with a foreign key to Support's customers, and a
        // column Reporting adds to Sales' orders.
        new("FK004", Migrations + "AddReportSubscriptions", "Up", "support.Customers"),
        new("FK004", Migrations + "AddOrderReportedAt", "Up", "sales.Orders"), // AddColumn to Sales' table
        new("FK004", Migrations + "AddOrderReportedAt", "Down", "sales.Orders"), // DropColumn

        // FK004 in FluentMigrator migrations: Dispatch's foreign keys to Sales' orders and Support's tickets.
        new("FK004", Dispatch + "M0002_ReferenceSalesOrders", "Up", "sales.Orders"),
        new("FK004", Dispatch + "M0003_LinkSupportTickets", "Up", "support.Tickets"),

        // FK004 in a routine's body: Reporting's PL/pgSQL function counts Sales' orders.
        new("FK004", Scripts + "0006_create_orders_of_customer_function.sql", null, "sales.Orders"),

        // FK005: one statement over two contexts' tables.
        new("FK005", Reporting + "CrossContextJoinInterpolated", "TicketsOfOrderAsync", "sales.Orders, support.Tickets"),
        new("FK005", Reporting + "RawStringLiteralSql", "RecentTicketsAsync", "support.Tickets, sales.Customers"),
        new("FK005", Worker + "InsertSelectAcrossSchemas", "CopyCustomersAsync", "support.Customers, sales.Customers"),
        new("FK005", Scripts + "0002_create_sales_by_customer_view.sql", null, "reporting.v_sales_by_customer, sales.Orders, support.Customers"),
        new("FK005", Scripts + "0004_reference_sales_orders.sql", null, "public.report_archive, sales.Orders"),
        new("FK005", Migrations + "AddSalesByDayView", "Up", "reporting.v_sales_by_day, sales.Orders"),
        new("FK005", LedgerScripts + "0002_LinkStatementsToCustomers.sql", null, "ops.Statements, support.Customers"),
        new("FK005", LedgerScripts + "0007_CreateSupportCustomersSynonym.sql", null, "ops.SupportCustomers, support.Customers"),
        new("FK005", "FitnessKit.Subjects.Data.Worker.archive-scripts.0002_purge_archived_orders.sql", null, "sales.Orders, ops.worker_archive"),
        new("FK005", Migrations + "AddReportSubscriptions", "Up", "reporting.ReportSubscriptions, support.Customers"),
        new("FK005", Dispatch + "M0002_ReferenceSalesOrders", "Up", "dispatch.Dispatches, sales.Orders"),
        new("FK005", Dispatch + "M0003_LinkSupportTickets", "Up", "dispatch.DispatchNotes, support.Tickets"),

        // FK006: ops.AuditLog mapped by Sales and Support through the shared UseSharedAuditLog; sales.Orders mapped by Sales and Legacy.
        new("FK006", "FitnessKit.Subjects.Data.Sales.SalesDbContext", "FitnessKit.Subjects.Data.Outbox.AuditEntry", "ops.AuditLog"),
        new("FK006", "FitnessKit.Subjects.Data.Support.SupportDbContext", "FitnessKit.Subjects.Data.Outbox.AuditEntry", "ops.AuditLog"),
        new("FK006", "FitnessKit.Subjects.Data.Sales.SalesDbContext", "FitnessKit.Subjects.Data.Sales.Order", "sales.Orders"),
        new("FK006", "FitnessKit.Subjects.Data.Legacy.LegacyDbContext", "FitnessKit.Subjects.Data.Legacy.LegacyOrder", "sales.Orders"),

        // FK006 by linq2db: Invoicing's class with [Table] maps billing.Invoices, which SalesDbContext maps.
        new("FK006", "FitnessKit.Subjects.Data.Invoicing.Scenarios.SalesInvoiceRow", "FitnessKit.Subjects.Data.Invoicing.Scenarios.SalesInvoiceRow", "billing.Invoices"),
        new("FK006", "FitnessKit.Subjects.Data.Tracking.TrackingDatabase", "FitnessKit.Subjects.Data.Tracking.TrackingEvent", "tracking..tracking_events"), // a MongoDB collection
        new("FK006", Worker + "TrackingEventsFromMongo", Worker + "TrackingEventsFromMongo", "tracking..tracking_events"), // the worker asks Tracking's database for it
        new("FK006", "FitnessKit.Subjects.Data.Sales.SalesDbContext", "FitnessKit.Subjects.Data.Sales.Invoice", "billing.Invoices"),

        // FK006 by entity splitting: Returns keeps a return's parcel label in Fulfilment's public.Parcels (SplitToTable).
        new("FK006", "FitnessKit.Subjects.Data.Fulfilment.FulfilmentDbContext", "FitnessKit.Subjects.Data.Fulfilment.Parcel", "public.Parcels"),
        new("FK006", "FitnessKit.Subjects.Data.Returns.ReturnsDbContext", "FitnessKit.Subjects.Data.Returns.ReturnRequest", "public.Parcels"),

        // FK006 by definition: ops.job_runs, which no DbContext maps, is created by Ledger's scripts and by Reporting's.
        new("FK006", LedgerScripts + "0003_CreateJobRuns.sql", null, "ops.job_runs"),
        new("FK006", Scripts + "0005_create_job_runs.sql", null, "ops.job_runs"),

        // FK008: the worker creates Legacy's DbContext (FK001 leaves that use to FK008).
        new("FK008", Worker + "ForeignDbContextUse", "CountSettings", "FitnessKit.Subjects.Data.Legacy.LegacyDbContext"),

        // FK007: tables nobody maps, claims or owns by schema.
        new("FK007", Reporting + "UnownedTableQuery", "PendingExportFiles", "public.legacy_exports"),
        new("FK007", Worker + "SqlServerNotificationsReader", "UnsentNotifications", "ops.Notifications"),
    ];

    /// <summary>The compliant twins: own tables, own schema, a schema computed at run time, no table, prose, the database's own catalog.</summary>
    public static IReadOnlyList<string> SilentMembers { get; } =
    [
        Reporting + "OwnSchemaProjection.DailySales",
        Reporting + "OwnRunsByNameFromSharedLibrary.RunCount", // its own table, named by a static property of the shared library
        Reporting + "OwnArchiveReader.ArchivedRuns",
        Reporting + "OwnArchiveCount.ArchivedCount",
        Scripts + "0007_create_archived_count_function.sql",
        LedgerScripts + "0006_CreateBalanceOf.sql",
        LedgerScripts + "0008_CreateOwnStatementsSynonym.sql",
        Scripts + "0003_create_report_archive.sql",
        Migrations + "AddRunNamesView.Up",
        Migrations + "AddReportKinds.Up",
        LedgerScripts + "0001_CreateStatements.sql",
        LedgerScripts + "0004_CreateCloseAccount.sql",
        LedgerScripts + "0005_CreateCloseLog.sql",
        Reporting + "ProcedureByName.RefreshDailySales",
        CatalogScripts + "0001_create_price_history.sql",
        CatalogScripts + "0002_create_price_audit.sql",
        CatalogScripts + "0003_create_current_prices_view.sql",
        CatalogScripts + "seed_data.0004_seed_categories.sql",
        Reporting + "OwnTableThroughDapper.ReportNameAsync",
        Reporting + "OwnRunsThroughSharedQueryBase.RunNamesSince",
        Reporting + "OwnRunsInRetryLambda.ForgetRun",
        Reporting + "EfRawSqlInterpolated.DeleteRunsBefore",
        Reporting + "InterpolatedSchemaPrefix.OrdersIn",
        Reporting + "ProseNotSql.EmptySelectionHint",
        Worker + "ParameterizedTwin.IsAlive",
        Worker + "OwnArchiveByDatabaseName.ArchivedCount", // a three-part name of the worker's own database
        "FitnessKit.Subjects.Data.Booking.Scenarios.OwnReservationsBySql.ReservationsOfRoomAsync", // Booking's own Marten table
        "FitnessKit.Subjects.Data.Booking.Scenarios.OwnDocumentsThroughMarten.ReservationsOfRoomAsync", // its own table, and a WHERE clause, through Marten
        Worker + "SystemCatalogChecks.SchemaIsCurrent",
        Worker + "SystemCatalogChecks.ActiveSessions",
        Worker + "SystemCatalogChecks.LastMigration",
        "FitnessKit.Subjects.Data.Fulfilment.Scenarios.OperatorWorkload.LabelledParcelsOf",
        "FitnessKit.Subjects.Data.Returns.Scenarios.RefundTotals.RefundedFor",
        "FitnessKit.Subjects.Data.Dispatch.Scenarios.OpenDispatches.OfCarrier",
        "FitnessKit.Subjects.Data.Worker.archive-scripts.0001_create_worker_archive.sql",
        Dispatch + "M0001_CreateDispatches.Up",
        Dispatch + "M0004_SeedCarriers.Up",
        "FitnessKit.Subjects.Data.Invoicing.Scenarios.MarkInvoicePaid.Mark",
        "FitnessKit.Subjects.Data.Invoicing.Scenarios.MarkInvoicePaid.Remind",
    ];

    /// <summary>Tables that two contexts name alike but are two tables (schema twins), and must never be reported as shared.</summary>
    public static IReadOnlyList<string> SchemaTwins { get; } =
        ["sales.Customers", "support.Customers", "sales.OutboxMessages", "support.OutboxMessages", "yard.Attachment", "returns_archive.Attachment"];

    /// <summary>A planted breach: a script's has no member.</summary>
    internal sealed record Planted(string Rule, string SourceType, string? SourceMember, string Table);
}
