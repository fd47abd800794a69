using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>The worker's DbUp runner: its script given as text is read as its SQL, and its scripts on disk are said to be unread.</summary>
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
            .Which.Problem.Should().Be("the SQL is in files the runner reads at run time (legacy-scripts), which FitnessKit does not read: embed the scripts in the assembly to have them read");
    }
}
