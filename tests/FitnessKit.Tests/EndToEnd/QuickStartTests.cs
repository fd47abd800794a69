using System.Text.RegularExpressions;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace FitnessKit.Tests.EndToEnd;

/// <summary>
/// The README's quick start, tried as a new user would: the packages are packed into a local feed, a brand-new xUnit
/// project is made with <c>dotnet new xunit</c>, the package is added from the feed, and the README's code block (with the
/// sample's one-test-case-per-rule file, copied from samples/Shop.ArchitectureTests) is
/// compiled and run against the broken sample (it must fail, naming the planted violations) and the good one (it must pass).
/// </summary>
[Collection(nameof(PackingOneAtATime))]
public sealed partial class QuickStartTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "fitnesskit-quickstart-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Files of samples/Shop.ArchitectureTests copied into the user's project as they are: one test case per rule, each shown by its name.</summary>
    private static readonly string[] SampleFiles = ["Shop.cs", "PlainXunitTests.cs"];

    [Fact]
    public void The_README_quick_start_fails_on_the_broken_sample_naming_its_violations_and_passes_on_the_good_one()
    {
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        var app = Path.Combine(_root, "app");
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

        // Given the packages in a local feed, built by this very test run.
        foreach (var project in new[] { "src/FitnessKit/FitnessKit.csproj", "src/FitnessKit.Xunit/FitnessKit.Xunit.csproj" })
        {
            Succeed(Dotnet(Repository.Root, "pack", Path.Combine(Repository.Root, project), "--no-build", "-c", configuration, "-o", feed, $"-p:Version={version}", "-nodeReuse:false"));
        }

        // And a brand-new xUnit project that takes the package from that feed and the README's test as its only test file.
        File.WriteAllText(Path.Combine(_root, "nuget.config"), NuGetConfig(feed));
        Succeed(Dotnet(_root, "new", "xunit", "-n", "QuickStart.Tests", "-o", app, "--no-restore"));
        File.Delete(Path.Combine(app, "UnitTest1.cs"));
        File.WriteAllText(Path.Combine(app, "ArchitectureTests.cs"), ReadmeQuickStart());
        foreach (var file in SampleFiles)
        {
            File.Copy(Path.Combine(Repository.Sample("Shop.ArchitectureTests"), file), Path.Combine(app, file));
        }

        Succeed(Dotnet(app, "add", "package", "FitnessKit.Xunit", "--version", version, "--no-restore"));
        CopyShopAssembliesToOutput(Path.Combine(app, "QuickStart.Tests.csproj"));
        Succeed(Dotnet(app, "restore", "-nodeReuse:false"));

        // When it runs against the broken sample, then it fails naming every planted violation, and each rule is its own test case.
        var broken = Dotnet(app, "test", "--no-restore", "-nodeReuse:false", "-p:ShopBin=" + ShopSample.Bin(ShopSample.Broken), "-o", Path.Combine(_root, "out-broken"), "--logger", "console;verbosity=normal");
        broken.ExitCode.Should().NotBe(0, broken.ToString());
        broken.Output.Should().ContainAll(
            ["FitnessAssert.NoViolations() Failure", "17 violations:",
             "Shop.Shipping.Infrastructure.PendingOrdersReader.ReadPendingAsync in context Shipping uses Shop.Orders.Infrastructure.OrdersDbContext",
             "Shop.Billing.BillingService.IssueInvoiceAsync in context Billing uses Shop.Orders.PricingPolicy",
             "Shop.SharedEntities.Customer, a mapped entity", "Shop.Orders.Infrastructure.OrdersDbContext is a DbContext of context Orders",
             "Shop.Billing.Infrastructure.InvoiceConfiguration is an entity configuration", "samples/Shop.Broken/Shop.Billing/BillingService.cs:25",
             "Rule_holds(rule: ContractsOnly)", "Rule_holds(rule: NoSharedEntityPackages)", "Rule_holds(rule: PersistenceInternal)", "Rule_holds(rule: ContextCycles)",
             "Shop.Shipping.DeliveryNote.PrintAsync in context Shipping asks Orders for data synchronously"],
            broken.ToString());
        FailedTestCount(broken.Output).Should().Be(11, broken.ToString());

        // When it runs against the good sample, then it passes.
        var good = Dotnet(app, "test", "--no-restore", "-nodeReuse:false", "-p:ShopBin=" + ShopSample.Bin(ShopSample.Good), "-o", Path.Combine(_root, "out-good"));
        good.ExitCode.Should().Be(0, good.ToString());
        good.Output.Should().MatchRegex(@"Passed!\s+- Failed:\s+0, Passed:\s+15", good.ToString());
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>The C# block under the quick-start marker of README.md: the single source of what a user writes.</summary>
    internal static string ReadmeQuickStart()
    {
        var blocks = Documentation.BlocksOf("README.md").Where(b => b.Language == "csharp" && b.Marker?.StartsWith(Docs.DocumentedSnippetTests.QuickStartMarker, StringComparison.Ordinal) == true).ToList();
        blocks.Should().ContainSingle("README.md marks its quick start with <!-- quick-start ... --> above the block");
        return blocks[0].Code + "\n";
    }

    private static void Succeed(DotnetCommand.Result result) => result.ExitCode.Should().Be(0, result.ToString());

    private static int FailedTestCount(string output) =>
        Regex.Match(output, @"\bFailed:\s+(\d+)") is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private static string NuGetConfig(string feed)
    {
        // The local feed plus the machine's own sources (inherited from the user's NuGet.Config); packages go to a
        // folder of this test, and the machine's package caches are read without being written.
        var caches = new[]
            {
                Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
                Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
                "/opt/nuget/packages",
            }
            .Where(Directory.Exists).Distinct().Select((path, i) => $"""    <add key="cache{i}" value="{path}" />""");
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Path.GetDirectoryName(feed)!, "packages")}" />
              </config>
              <packageSources>
                <add key="fitnesskit-local" value="{feed}" />
              </packageSources>
              <fallbackPackageFolders>
            {string.Join(Environment.NewLine, caches)}
              </fallbackPackageFolders>
            </configuration>
            """;
    }

    /// <summary>Stands in for the user's project references: the sample's assemblies and PDBs go to the test's output folder (and their folder to the copied sample files).</summary>
    private static void CopyShopAssembliesToOutput(string project)
    {
        var text = File.ReadAllText(project);
        const string Copy = """
              <ItemGroup>
                <None Include="$(ShopBin)/Shop.*.dll;$(ShopBin)/Shop.*.pdb" Link="%(Filename)%(Extension)" CopyToOutputDirectory="PreserveNewest" />
                <AssemblyMetadata Include="ShopBin" Value="$(ShopBin)" />
              </ItemGroup>
            </Project>
            """;
        File.WriteAllText(project, text.Replace("</Project>", Copy, StringComparison.Ordinal));
    }

    private DotnetCommand.Result Dotnet(string directory, params string[] arguments)
    {
        var started = DateTime.UtcNow;
        var result = DotnetCommand.Run(directory, Timeout, arguments);
        output.WriteLine($"{(DateTime.UtcNow - started).TotalSeconds,5:0.0} s  {result.Command} -> {result.ExitCode}");
        return result;
    }
}
