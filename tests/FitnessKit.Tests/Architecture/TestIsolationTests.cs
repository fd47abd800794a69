using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Architecture;

/// <summary>Tests run in parallel in one process: none may change what the others see of it.</summary>
public sealed class TestIsolationTests
{
    [Fact]
    public void No_test_changes_the_process_working_directory()
    {
        var tests = Path.Combine(Repository.Root, "tests", "FitnessKit.Tests");
        var self = Path.Combine(tests, "Architecture", nameof(TestIsolationTests) + ".cs");
        var changes = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && f != self)
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("SetCurrentDirectory(", StringComparison.Ordinal) || text.Contains("Environment.CurrentDirectory =", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(tests, f));

        changes.Should().BeEmpty("a command that prints paths relative to a folder is given it with WorkingDirectory.Use, for its own calls only");
    }
}
