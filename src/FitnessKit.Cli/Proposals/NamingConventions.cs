namespace FitnessKit.Cli.Proposals;

/// <summary>The words in assembly and namespace names that say what a part of a solution is, as most .NET solutions name them.</summary>
internal static class NamingConventions
{
    /// <summary>Names of contract assemblies and namespaces: what other contexts may use.</summary>
    public static readonly string[] ContractWords = ["Contracts", "Contract", "IntegrationEvents", "Events", "Messages", "PublicApi", "Abstractions", "Dtos"];

    /// <summary>Names of libraries every context shares (the second name segment after the product's, as in <c>Shop.Common.Domain</c>).</summary>
    public static readonly string[] KernelWords = ["SharedKernel", "Shared", "Common", "BuildingBlocks", "Kernel"];

    /// <summary>Names of shared messaging and hosting libraries, wherever they start: <c>EventBus</c>, <c>EventBusRabbitMQ</c>, <c>IntegrationEventLogEF</c>, <c>Shop.Outbox</c>.</summary>
    public static readonly string[] SharedInfrastructureStarts = ["EventBus", "IntegrationEventLog", "Outbox"];

    /// <summary>The last name segment of shared hosting defaults, as in <c>Shop.ServiceDefaults</c>.</summary>
    public const string ServiceDefaults = "ServiceDefaults";

    /// <summary>Names of hosts and composition roots.</summary>
    public static readonly string[] HostWords = ["Host", "AppHost", "Bootstrapper", "CompositionRoot", "Startup", "Gateway", "Cli", "Console"];

    /// <summary>Name segments of test and benchmark assemblies.</summary>
    public static readonly string[] TestWords = ["Tests", "Test", "UnitTests", "IntegrationTests", "FunctionalTests", "ArchitectureTests", "Specs", "Benchmarks", "Benchmark"];

    /// <summary>Assemblies whose reference marks a test or benchmark assembly.</summary>
    public static readonly string[] TestFrameworkStarts = ["xunit", "nunit", "Microsoft.VisualStudio.TestPlatform", "BenchmarkDotNet", "MSTest"];

    /// <summary>The segment after which a modular monolith names its module: <c>Acme.Shop.Modules.Orders.Domain</c>.</summary>
    public static readonly string[] ModuleMarkers = ["Modules", "Services"];

    /// <summary>
    /// The namespace segment after which one assembly names its modules, a folder each: <c>Bakery.Web.Modules.Orders</c>.
    /// Not <c>Features</c> (a feature is a slice of the application, not a context that owns its data), nor
    /// <c>Services</c> (in a namespace, most often a folder of service classes).
    /// </summary>
    public static readonly string[] NamespaceModuleMarkers = ["Modules", "BoundedContexts"];

    /// <summary>
    /// The layers of a layered application (ABP's <c>Acme.BookStore.Domain</c>, <c>.EntityFrameworkCore</c>,
    /// <c>.HttpApi.Host</c>, <c>.DbMigrator</c>; a clean architecture's <c>Infrastructure</c>): right after the product's
    /// prefix, such a word names a layer of the application itself, not a module.
    /// </summary>
    public static readonly string[] LayerWords =
        ["Domain", "Application", "Infrastructure", "Persistence", "EntityFrameworkCore", "EfCore", "MongoDB", "HttpApi", "Api", "Web", "Blazor", "DbMigrator"];

    /// <summary>
    /// Folders of an application's technical code rather than of a module: a DbContext in <c>Pantry.Api.Data</c> or
    /// <c>Pantry.Api.Infrastructure.Auditing</c> is the application's own, not a module's (the layers, the names of
    /// data access, and the two sides of CQRS: a module's <c>Orders.Commands</c> and <c>Orders.Queries</c> DbContexts).
    /// </summary>
    public static readonly string[] TechnicalFolderWords =
        [.. LayerWords, "Data", "Database", "Databases", "Db", "DataAccess", "Storage", "Migrations", "Repositories", "Contexts", "DbContexts", "Models", "Entities",
            "Commands", "Queries", "Read", "Write", "ReadModel", "ReadModels", "WriteModel", "ReadSide", "WriteSide", "Projections"];

    /// <summary>The layers that hold a whole application, its host and endpoints: an <c>Api</c> project may hold its modules as folders, an <c>Infrastructure</c> project only their persistence.</summary>
    public static readonly string[] ApplicationLayerWords = ["Api", "Web", "Blazor", "HttpApi"];

    /// <summary>The last segment of an assembly of constants and enums that a module's contract assembly shares (ABP's <c>Domain.Shared</c>).</summary>
    public const string Shared = "Shared";

    /// <summary>The last segment of a module's client proxies, which reference its contracts (ABP's <c>HttpApi.Client</c>).</summary>
    public const string Client = "Client";

    /// <summary>The segment that marks domain code: its <c>Events</c> namespace holds domain events, which are no contract.</summary>
    public const string Domain = "Domain";

    public static bool IsOneOf(string segment, string[] words) => words.Contains(segment, StringComparer.OrdinalIgnoreCase);

    public static string? StartOf(string segment, string[] starts) => starts.FirstOrDefault(s => segment.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    public static bool IsThirdParty(string name) =>
        name is "mscorlib" or "netstandard" or "System" or "Newtonsoft.Json" or "FluentAssertions" or "Castle.Core" or "Moq" or "NSubstitute"
        || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name.StartsWith("xunit", StringComparison.OrdinalIgnoreCase) || name.StartsWith("SQLitePCLRaw", StringComparison.Ordinal) || name.StartsWith("Mono.", StringComparison.Ordinal);
}
