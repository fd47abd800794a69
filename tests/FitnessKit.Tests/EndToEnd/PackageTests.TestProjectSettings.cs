using System.Text.Json.Nodes;
using System.Xml.Linq;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.EndToEnd;

/// <summary>
/// What a test package does to the test project that references it: tiered PGO off unless the project says otherwise
/// (build/FitnessKit.TestProject.props, docs/getting-started.md).
/// </summary>
public sealed partial class PackageTests
{
    /// <summary>The packages a test project references; the engine and the tool are not among them.</summary>
    public static TheoryData<string> TestPackageIds => [.. LibraryIds.Where(id => id != "FitnessKit.Core")];

    [Theory]
    [MemberData(nameof(TestPackageIds))]
    public void Every_test_package_brings_the_test_project_settings_to_the_project_that_references_it(string id)
    {
        var package = feed.Package(id);

        package.Entries.Should().Contain($"buildTransitive/{id}.props");
        package.Read($"buildTransitive/{id}.props").Should().Be(File.ReadAllText(Path.Combine(Repository.Root, "build", "FitnessKit.TestProject.props")));
    }

    [Fact]
    public void The_engine_and_the_tool_leave_the_runtime_settings_of_their_users_alone()
    {
        feed.Package("FitnessKit.Core").Entries.Should().NotContain(e => e.StartsWith("build", StringComparison.Ordinal));
        feed.Package(ToolId).Entries.Should().NotContain(e => e.StartsWith("build", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("true", null, true)]
    [InlineData(null, "true", true)]
    [InlineData("false", null, false)]
    public void A_project_that_references_a_test_package_runs_with_tiered_PGO_off_unless_it_says_otherwise(string? projectSays, string? directorySays, bool runsWith)
    {
        using var folder = new TemporaryFolder();
        var project = Consumer(folder.Path, "FitnessKit.Xunit", projectSays);
        if (directorySays is not null)
        {
            // Read before the packages' settings, as every project under the folder reads it.
            File.WriteAllText(Path.Combine(folder.Path, "Directory.Build.props"), $"<Project><PropertyGroup><TieredPGO>{directorySays}</TieredPGO></PropertyGroup></Project>");
        }

        var build = DotnetCommand.Run(folder.Path, PackedFeed.Timeout, "build", project, "-v:q");

        build.ExitCode.Should().Be(0, build.ToString());
        RuntimeConfig(folder.Path)["System.Runtime.TieredPGO"]!.GetValue<bool>().Should().Be(runsWith);
    }

    [Fact]
    public void The_block_getting_started_shows_keeps_the_runtime_default_in_a_project_that_references_a_test_package()
    {
        var block = Documentation.Blocks.Single(b => b.Page == "docs/getting-started.md" && b.Language == "xml" && b.Code.Contains("<TieredPGO>", StringComparison.Ordinal));
        var documented = Docs.ProjectSettingSnippetTests.Properties(XElement.Parse(block.Code));
        using var folder = new TemporaryFolder();
        var project = Consumer(folder.Path, "FitnessKit.Xunit", documented["TieredPGO"]);

        var build = DotnetCommand.Run(folder.Path, PackedFeed.Timeout, "build", project, "-v:q");

        build.ExitCode.Should().Be(0, build.ToString());
        documented.Keys.Should().Equal(["TieredPGO"], $"{block} sets only what the package would otherwise set");
        RuntimeConfig(folder.Path)["System.Runtime.TieredPGO"]!.GetValue<bool>().Should().BeTrue();
    }

    private static JsonNode RuntimeConfig(string folder) =>
        JsonNode.Parse(File.ReadAllText(Directory.GetFiles(folder, "Consumer.runtimeconfig.json", SearchOption.AllDirectories).Single()))!["runtimeOptions"]!["configProperties"]!;

    /// <summary>
    /// A program (a test host reads its project's runtime settings the same way) that references a package of the
    /// packed feed; packages already on this machine are read from its own folder, only FitnessKit's are extracted.
    /// </summary>
    private string Consumer(string folder, string packageId, string? tieredPgo)
    {
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="fitnesskit" value="{feed.Folder}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine();");
        var setting = tieredPgo is null ? string.Empty : $"<TieredPGO>{tieredPgo}</TieredPGO>";
        var project = Path.Combine(folder, "Consumer.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <UseAppHost>false</UseAppHost>
                <RestorePackagesPath>{Path.Combine(folder, "packages")}</RestorePackagesPath>
                <RestoreFallbackFolders>{machinePackages}</RestoreFallbackFolders>
                {setting}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{packageId}" Version="{feed.Package(packageId).Version}" />
              </ItemGroup>
            </Project>
            """);
        return project;
    }
}
