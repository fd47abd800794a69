using FitnessKit.Tables;

namespace FitnessKit.Tests.Tables;

/// <summary>A table a migration's <c>Up</c> or <c>Down</c> names, and what it does to it (FluentMigrator's or EF Core's, read by their oracles or by FitnessKit).</summary>
internal sealed record MigrationTable(string Migration, string Member, string? Schema, string Table, TableAccessKind Access);
