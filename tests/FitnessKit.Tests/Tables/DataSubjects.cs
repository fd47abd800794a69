using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;

namespace FitnessKit.Tests.Tables;

/// <summary>The data-ownership subjects as one system: EF Core contexts in their own schemas, a shared outbox library, a shared data-access library (SqlKit), a reporting context with Dapper and a worker with ADO.NET, migration scripts embedded beside the models, FluentMigrator migrations under Dapper, linq2db's mappings and SQL, Marten's documents and events.</summary>
internal static class DataSubjects
{
    public const string Prefix = "FitnessKit.Subjects.Data";

    public static ContextMap Map { get; } = ContextMap.Define()
        .Context("Sales", c => c.Assemblies($"{Prefix}.Sales"))
        .Context("Support", c => c.Assemblies($"{Prefix}.Support"))
        .Context("Legacy", c => c.Assemblies($"{Prefix}.Legacy"))
        .Context("Identity", c => c.Assemblies($"{Prefix}.Identity"))
        .Context("Catalog", c => c.Assemblies($"{Prefix}.Catalog"))
        .Context("Reporting", c => c.Assemblies($"{Prefix}.Reporting"))
        .Context("Worker", c => c.Assemblies($"{Prefix}.Worker"))
        .Context("Fulfilment", c => c.Assemblies($"{Prefix}.Fulfilment"))
        .Context("Returns", c => c.Assemblies($"{Prefix}.Returns"))
        .Context("Ledger", c => c.Assemblies($"{Prefix}.Ledger", $"{Prefix}.Ledger.Database"))
        .Context("Dispatch", c => c.Assemblies($"{Prefix}.Dispatch"))
        .Context("Invoicing", c => c.Assemblies($"{Prefix}.Invoicing", $"{Prefix}.Invoicing.Domain"))
        .Context("Booking", c => c.Assemblies($"{Prefix}.Booking"))
        .Context("Tracking", c => c.Assemblies($"{Prefix}.Tracking"))
        .SharedKernel($"{Prefix}.Outbox", $"{Prefix}.SqlKit")
        .Build();

    /// <summary>Every data subject assembly, each from its own build folder (third-party assemblies beside them are found as references).</summary>
    public static AssemblySource Source { get; } = AssemblySource.Files(
        [.. new[] { "Sales", "Support", "Legacy", "Identity", "Catalog", "Reporting", "Worker", "Fulfilment", "Returns", "Ledger", "Ledger.Database", "Dispatch", "Invoicing", "Invoicing.Domain", "Booking", "Tracking", "Outbox", "SqlKit" }.Select(n => Repository.Subject($"{Prefix}.{n}"))]);

    private static readonly Lazy<FitnessReport> Evaluated = new(() => FitnessCheck.Evaluate(Source, Map));

    /// <summary>Gets every rule evaluated once over the subjects.</summary>
    public static FitnessReport Report => Evaluated.Value;

    /// <summary>Gets the tables read from the subjects.</summary>
    public static FitnessKit.Tables.TableCatalog Tables => Report.Tables!;
}
