using FitnessKit.Loading.Il;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>The scripts a runner reads from disk are read below the assembly's folder only, never from elsewhere on the machine.</summary>
public sealed class DiskScriptsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("fitnesskit-diskscripts-").FullName;

    [Fact]
    public void Reads_a_folder_below_the_assembly_in_the_order_of_its_names_and_nothing_outside_it()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_root, "bin")).FullName;
        Directory.CreateDirectory(Path.Combine(bin, "scripts", "nested"));
        Directory.CreateDirectory(Path.Combine(_root, "elsewhere"));
        File.WriteAllText(Path.Combine(bin, "scripts", "0002_b.sql"), "SELECT 2;");
        File.WriteAllText(Path.Combine(bin, "scripts", "0001_a.sql"), "SELECT 1;");
        File.WriteAllText(Path.Combine(bin, "scripts", "nested", "0003_c.sql"), "SELECT 3;");
        File.WriteAllText(Path.Combine(_root, "elsewhere", "0001_x.sql"), "SELECT 4;");
        var assembly = Path.Combine(bin, "Runner.dll");

        DiskScripts.Beside(assembly, "scripts")!.Select(s => (s.Script.Name, s.Script.Text)).Should().Equal(("scripts/0001_a.sql", "SELECT 1;"), ("scripts/0002_b.sql", "SELECT 2;"));
        DiskScripts.Beside(assembly, "scripts/0002_b.sql")!.Select(s => s.Script.Name).Should().Equal("scripts/0002_b.sql");
        DiskScripts.Beside(assembly, "../elsewhere").Should().BeNull("the folder climbs out of the assembly's");
        DiskScripts.Beside(assembly, Path.Combine(_root, "elsewhere")).Should().BeNull("a rooted path is a place on the machine that runs the migrations");
        DiskScripts.Beside(assembly, "missing").Should().BeNull();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
