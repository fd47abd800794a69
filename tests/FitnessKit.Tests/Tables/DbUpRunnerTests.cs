using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The worker's DbUp runner: its script given as text is read as its SQL, its scripts on disk are read where the build
/// copies them, and a folder that is not beside the assembly is said to be unread.
/// </summary>
public sealed class DbUpRunnerTests
{
    [Fact]
    public void Reads_a_DbUp_script_given_as_text_and_lists_the_scripts_it_reads_from_disk()
    {
        const string Worker = $"{DataSubjects.Prefix}.Worker.Scenarios.";
        var heartbeats = DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == "ops.worker_heartbeats");

        heartbeats.Owner.Should().Be("Worker", "only the worker's DbUp script creates it");
        DataSubjects.Tables.Statements.Should().ContainSingle(s => s.SourceType.FullName == Worker + "HeartbeatSchemaByDbUp")
            .Which.Tables.Should().Equal(new StatementTable(heartbeats.Table, TableAccessKind.Create));
        DataSubjects.Tables.Problems.Should().ContainSingle(p => p.SourceType.FullName == Worker + "LegacyScriptsFromDisk")
            .Which.Problem.Should().Be("the SQL is in files the runner reads at run time (legacy-scripts), which are not beside the assembly, so FitnessKit cannot read them: copy them to the build's output, or embed them in the assembly");
    }

    [Fact]
    public void Reads_the_scripts_DbUp_reads_from_disk_where_the_build_copies_them_at_their_lines_in_the_project()
    {
        const string Scripts = $"{DataSubjects.Prefix}.Worker.archive-scripts.";
        var statements = DataSubjects.Tables.Statements.Where(s => s.SourceType.FullName.StartsWith(Scripts, StringComparison.Ordinal)).ToList();

        statements.Select(s => (s.SourceType.Name, s.Api, s.Location!.File.Replace('\\', '/').EndsWith($"tests/Subjects/FitnessKit.Subjects.Data.Worker/archive-scripts/{s.SourceType.Name}", StringComparison.Ordinal), s.Location.Line)).Should().Equal(
            ("0001_create_worker_archive.sql", "a SQL script its runner reads from disk", true, 2),
            ("0002_purge_archived_orders.sql", "a SQL script its runner reads from disk", true, 3));
        DataSubjects.Tables.Tables.Single(t => t.Table.ToString() == "ops.worker_archive").Owner.Should().Be("Worker");
    }
}
