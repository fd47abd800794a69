using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace FitnessKit.Tests.EndToEnd;

/// <summary>
/// The packages as a user meets them: every shipped project is packed (from this run's build) into a local folder; the
/// id the docs install the tool with is the tool, it installs the <c>fitnesskit</c> command, whose help says
/// <c>fitnesskit</c>; every package carries its README; and the docs name only package ids that exist.
/// </summary>
[Collection(nameof(PackingOneAtATime))]
public sealed partial class PackageTests(PackageTests.PackedFeed feed, ITestOutputHelper output) : IClassFixture<PackageTests.PackedFeed>
{
    /// <summary>The package id of the tool: the id a user tries first for the <c>fitnesskit</c> command.</summary>
    public const string ToolId = "FitnessKit";

    /// <summary>The libraries: the engine and the four test-framework packages.</summary>
    public static readonly string[] LibraryIds = ["FitnessKit.Core", "FitnessKit.Xunit", "FitnessKit.FluentAssertions", "FitnessKit.ArchUnitNET", "FitnessKit.NetArchTest"];

    public static TheoryData<string> AllIds => [ToolId, .. LibraryIds];

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_whose_command_is_fitnesskit()
    {
        var package = feed.Package(ToolId);

        package.Nuspec.Descendants().Where(Named("packageType")).Select(t => (string?)t.Attribute("name")).Should().Contain("DotnetTool");
        var settings = XDocument.Parse(package.Read(package.Entries.Single(e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal))));
        settings.Descendants("Command").Select(c => (string?)c.Attribute("Name")).Should().Equal("fitnesskit");
    }

    [Fact]
    public void The_tool_installs_from_the_local_folder_as_the_docs_say_and_its_help_names_the_fitnesskit_command()
    {
        var tools = Path.Combine(feed.Root, "tools");

        var install = DotnetCommand.Run(feed.Root, PackedFeed.Timeout, "tool", "install", "--tool-path", tools, "--add-source", feed.Folder, ToolId);
        install.ExitCode.Should().Be(0, install.ToString());
        var help = Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "fitnesskit.exe" : "fitnesskit"), "--help");

        help.Should().Contain("Usage:" + Environment.NewLine + "  fitnesskit [command] [options]").And.NotContain("FitnessKit.Cli");
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Every_package_carries_its_README_as_its_readme(string id)
    {
        var package = feed.Package(id);

        package.Nuspec.Descendants().Where(Named("readme")).Select(r => r.Value).Should().Equal("README.md");
        package.Read("README.md").Should().Contain(id).And.Contain("```");
    }

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Every_library_depends_on_the_engine_by_its_package_id_and_the_tool_on_nothing(string id)
    {
        var dependencies = feed.Package(id).Nuspec.Descendants().Where(Named("dependency")).Select(d => (string?)d.Attribute("id")).ToList();

        if (id is ToolId or "FitnessKit.Core")
        {
            dependencies.Should().NotContain(d => d!.StartsWith("FitnessKit", StringComparison.Ordinal));
        }
        else
        {
            dependencies.Should().Contain("FitnessKit.Core");
        }
    }

    [Fact]
    public void The_docs_install_the_tool_and_add_the_libraries_by_their_package_ids()
    {
        var pages = Documentation.Pages.ToDictionary(page => page, page => File.ReadAllText(Path.Combine(Repository.Root, page)));

        var installed = pages.SelectMany(p => ToolInstall().Matches(p.Value).Select(m => (p.Key, m.Groups["id"].Value))).ToList();
        var added = pages.SelectMany(p => AddPackage().Matches(p.Value).Select(m => (p.Key, m.Groups["id"].Value))).ToList();

        installed.Should().NotBeEmpty().And.OnlyContain(i => i.Item2 == ToolId, "the tool's package id is FitnessKit");
        added.Should().NotBeEmpty().And.OnlyContain(a => LibraryIds.Contains(a.Item2), "'dotnet add package' takes a library, never the tool");
        added.Select(a => a.Item2).Should().Contain(LibraryIds, "each library's README shows how to add it");
    }

    /// <summary>An element of a nuspec by its local name: the schema's namespace differs with the features a package uses.</summary>
    private static Func<XElement, bool> Named(string name) => element => element.Name.LocalName == name;

    private string Run(string executable, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        output.WriteLine(text);
        return text;
    }

    [GeneratedRegex(@"dotnet tool install[^\n`]*?\s(?<id>FitnessKit[\w.]*)")]
    private static partial Regex ToolInstall();

    [GeneratedRegex(@"dotnet add package (?<id>FitnessKit[\w.]*)")]
    private static partial Regex AddPackage();

    /// <summary>Every shipped project packed once, with --no-build from this test run's build, into a folder of this class.</summary>
    public sealed class PackedFeed : IDisposable
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

        private static readonly string[] Projects = ["FitnessKit", "FitnessKit.Cli", "FitnessKit.Xunit", "FitnessKit.FluentAssertions", "FitnessKit.ArchUnitNET", "FitnessKit.NetArchTest"];

        private readonly TemporaryFolder _root = new();

        public PackedFeed()
        {
            Folder = Directory.CreateDirectory(Path.Combine(Root, "feed")).FullName;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var traversal = Path.Combine(Root, "pack.proj");
            File.WriteAllText(traversal, $"""
                <Project>
                  <ItemGroup>
                {string.Join(Environment.NewLine, Projects.Select(p => $"""    <Package Include="{Path.Combine(Repository.Root, "src", p, p + ".csproj")}" />"""))}
                  </ItemGroup>
                  <Target Name="PackAll">
                    <MSBuild Projects="@(Package)" Targets="Pack" Properties="NoBuild=true;_IsPacking=true;Configuration={configuration};PackageOutputPath={Folder}" />
                  </Target>
                </Project>
                """);
            var pack = DotnetCommand.Run(Root, Timeout, "msbuild", traversal, "-t:PackAll", "-nodeReuse:false", "-v:q");
            pack.ExitCode.Should().Be(0, pack.ToString());
        }

        public string Root => _root.Path;

        public string Folder { get; }

        public PackedPackage Package(string id)
        {
            var file = Directory.GetFiles(Folder, "*.nupkg").SingleOrDefault(f => Regex.IsMatch(Path.GetFileName(f), $@"^{Regex.Escape(id)}\.\d"));
            file.Should().NotBeNull($"the package {id} is packed from src/ (found {string.Join(", ", Directory.GetFiles(Folder).Select(Path.GetFileName))})");
            return new PackedPackage(file!);
        }

        public void Dispose() => _root.Dispose();
    }

    /// <summary>A .nupkg read as a zip: its entries and its nuspec.</summary>
    public sealed class PackedPackage(string file)
    {
        public IReadOnlyList<string> Entries { get; } = ReadEntries(file);

        public XDocument Nuspec => XDocument.Parse(Read(Entries.Single(e => e.EndsWith(".nuspec", StringComparison.Ordinal))));

        public string Version => Nuspec.Descendants().Single(Named("version")).Value;

        public string Read(string entry)
        {
            using var zip = ZipFile.OpenRead(file);
            using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
            return reader.ReadToEnd();
        }

        private static string[] ReadEntries(string file)
        {
            using var zip = ZipFile.OpenRead(file);
            return [.. zip.Entries.Select(e => e.FullName)];
        }
    }
}
