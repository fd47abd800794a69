using System.Collections.Concurrent;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractPurity;

/// <summary>A persistence, hosting or messaging framework that a contract must not pull in, known by the names of its assemblies.</summary>
/// <param name="Name">The framework as messages name it, such as <c>EF Core</c>.</param>
/// <param name="Role">What it is for, such as <c>persistence framework</c>.</param>
/// <param name="Assemblies">Patterns of its assembly names.</param>
internal sealed record ContractFramework(string Name, string Role, IReadOnlyList<NamePattern> Assemblies)
{
    private const string Persistence = "persistence framework";
    private const string Provider = "ADO.NET provider";
    private const string Hosting = "hosting framework";
    private const string Broker = "message-broker client";

    // The framework of each assembly name, told once: asked for every dependency of a contract type.
    private static readonly ConcurrentDictionary<string, ContractFramework?> Known = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every framework FK011 knows, in the order messages list them. This list is the one place they are named;
    /// docs/rules/FK011.md shows it.
    /// </summary>
    public static IReadOnlyList<ContractFramework> All { get; } =
    [
        Of("EF Core", Persistence, "Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.**"),
        Of("Entity Framework 6", Persistence, "EntityFramework", "EntityFramework.**"),
        Of("Dapper", Persistence, "Dapper", "Dapper.**"),
        Of("Microsoft.Data.SqlClient", Provider, "Microsoft.Data.SqlClient", "System.Data.SqlClient"),
        Of("Npgsql", Provider, "Npgsql", "Npgsql.**"),
        Of("SQLite", Provider, "Microsoft.Data.Sqlite", "System.Data.SQLite", "System.Data.SQLite.**"),
        Of("MySQL", Provider, "MySqlConnector", "MySql.Data"),
        Of("Oracle", Provider, "Oracle.ManagedDataAccess", "Oracle.ManagedDataAccess.**"),
        Of("ASP.NET Core", Hosting, "Microsoft.AspNetCore", "Microsoft.AspNetCore.**", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Hosting.**"),
        Of("RabbitMQ.Client", Broker, "RabbitMQ.Client", "RabbitMQ.Client.**"),
        Of("Confluent.Kafka", Broker, "Confluent.Kafka"),
        Of("Azure Service Bus", Broker, "Azure.Messaging.ServiceBus"),
        Of("MassTransit", Broker, "MassTransit", "MassTransit.**"),
        Of("NServiceBus", Broker, "NServiceBus", "NServiceBus.**"),
    ];

    /// <summary>The framework an assembly belongs to, or <see langword="null"/>.</summary>
    public static ContractFramework? Of(string assemblyName) =>
        Known.TryGetValue(assemblyName, out var known) ? known : Known.GetOrAdd(assemblyName, static name => All.FirstOrDefault(f => NamePattern.AnyMatches(f.Assemblies, name, ignoreCase: true)));

    private static ContractFramework Of(string name, string role, params string[] assemblies) =>
        new(name, role, [.. assemblies.Select(NamePattern.Parse)]);
}
