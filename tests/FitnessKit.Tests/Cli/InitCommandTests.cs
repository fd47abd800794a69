using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary><c>fitnesskit init</c>: a proposal from assembly names that is valid, commented, and on the good sample as clean as the hand-written map.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_propose_the_samples_contexts_and_contracts_from_assembly_names()
    {
        var config = Path.Combine(_folder.Path, "fitness.json");
        using var console = new TestConsole();

        var exitCode = InitCommand.Run(new DirectoryInfo(Path.Combine(Repository.Sample("Shop"), "bin")), new FileInfo(config), force: false, console.Console);

        exitCode.Should().Be(0, console.Output);
        var text = File.ReadAllText(config);
        JsonSchemas.ConfigProblems(text).Should().BeEmpty();
        Approvals.Verify(text.Replace(Path.GetRelativePath(_folder.Path, Repository.Sample("Shop")), "<samples/Shop>", StringComparison.Ordinal), "init-shop-sample");
    }

    [Fact]
    public void Should_write_a_configuration_that_checks_the_good_sample_clean_and_the_broken_one_with_its_violations()
    {
        var good = Path.Combine(_folder.Path, "good.json");
        var broken = Path.Combine(_folder.Path, "broken.json");
        using var console = new TestConsole();
        InitCommand.Run(new DirectoryInfo(Path.Combine(Repository.Sample("Shop"), "bin")), new FileInfo(good), force: false, console.Console).Should().Be(0);
        InitCommand.Run(new DirectoryInfo(Path.Combine(Repository.Sample("Shop.Broken"), "bin")), new FileInfo(broken), force: false, console.Console).Should().Be(0);

        using var goodCheck = new TestConsole();
        CheckCommand.Run(new FileInfo(good), goodCheck.Console).Should().Be(0, goodCheck.Output);
        using var brokenCheck = new TestConsole();
        CheckCommand.Run(new FileInfo(broken), brokenCheck.Console).Should().Be(1);
        brokenCheck.Output.Should().Contain("Shop.Billing.BillingService.IssueInvoiceAsync in context Billing uses Shop.Orders.PricingPolicy");
    }

    [Fact]
    public void Should_not_overwrite_an_existing_configuration_without_force()
    {
        var config = Path.Combine(_folder.Path, "fitness.json");
        File.WriteAllText(config, "{ \"hand\": \"written\" }");
        using var console = new TestConsole();

        var exitCode = InitCommand.Run(new DirectoryInfo(Path.Combine(Repository.Sample("Shop"), "bin")), new FileInfo(config), force: false, console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain($"{config}: the file exists; pass --force");
        File.ReadAllText(config).Should().Be("{ \"hand\": \"written\" }");
    }

    [Fact]
    public void Should_say_so_when_no_assembly_looks_like_a_context()
    {
        File.Copy(typeof(InitCommandTests).Assembly.Location, Path.Combine(_folder.Path, "Tools.dll"));
        using var console = new TestConsole();

        var exitCode = InitCommand.Run(new DirectoryInfo(_folder.Path), new FileInfo(Path.Combine(_folder.Path, "fitness.json")), force: false, console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain("none of its 1 assembly looks like part of a bounded context");
        File.Exists(Path.Combine(_folder.Path, "fitness.json")).Should().BeFalse();
    }

    [Fact]
    public void Should_propose_one_context_for_the_layers_of_an_application_that_composes_no_two_modules()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder.Path, "bin")).FullName;
        foreach (var layer in new[] { "Application", "Domain", "Infrastructure", "Reporting" })
        {
            var name = $"FitnessKit.Subjects.Layered.{layer}";
            File.Copy(Repository.Subject(name), Path.Combine(bin, name + ".dll"));
            File.Copy(Path.ChangeExtension(Repository.Subject(name), ".pdb"), Path.Combine(bin, name + ".pdb"));
        }

        var config = Path.Combine(_folder.Path, "fitness.json");
        using var console = new TestConsole();

        InitCommand.Run(new DirectoryInfo(bin), new FileInfo(config), force: false, console.Console).Should().Be(0, console.Output);

        var map = FitnessKit.Configuration.FitnessConfig.Parse(File.ReadAllText(config), config).Map;
        map.Contexts.Select(c => (c.Name, string.Join(" ", c.Assemblies.Select(a => a.Text)))).Should().Equal(
            ("Layered", "FitnessKit.Subjects.Layered.Application FitnessKit.Subjects.Layered.Domain FitnessKit.Subjects.Layered.Infrastructure"),
            ("Reporting", "FitnessKit.Subjects.Layered.Reporting.**"));
        File.ReadAllText(config).Should().Contain(": the layers of the application Layered itself, which compose no two modules;");
    }

    [Fact]
    public void Should_propose_the_database_each_context_opens_its_connections_to_so_a_join_across_databases_is_found()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder.Path, "bin")).FullName;
        foreach (var name in new[] { "FitnessKit.Subjects.MySql.Orders", "FitnessKit.Subjects.MySql.Shipping" })
        {
            File.Copy(Repository.Subject(name), Path.Combine(bin, name + ".dll"));
        }

        var config = Path.Combine(_folder.Path, "fitness.json");
        using var console = new TestConsole();

        InitCommand.Run(new DirectoryInfo(bin), new FileInfo(config), force: false, console.Console).Should().Be(0, console.Output);

        var loaded = FitnessKit.Configuration.FitnessConfig.Load(config);
        loaded.Map.Contexts.Select(c => (c.Name, c.Database)).Should().Equal(("Orders", "orders_db"), ("Shipping", "shipping_db"));
        File.ReadAllText(config).Should().Contain("//   Database shipping_db: its SQL connects by new MySqlConnector.MySqlConnection(GetConnectionString(\"shipping_db\")) in FitnessKit.Subjects.MySql.Shipping.ShippingConnections.Open;");
        var report = FitnessKit.Evaluation.FitnessCheck.Evaluate(FitnessKit.Inspection.CodeBase.Load(loaded.Assemblies), loaded.Map, loaded.Rules, loaded.Severities);
        report.Violations.Select(v => (v.Rule.Id, v.SourceType)).Should().BeEquivalentTo([
            ("FK004", "FitnessKit.Subjects.MySql.Shipping.Scenarios.JoinsTheOrdersDatabase"),
            ("FK005", "FitnessKit.Subjects.MySql.Shipping.Scenarios.JoinsTheOrdersDatabase")]);
    }

    [Theory]
    [InlineData("FitnessKit.Subjects.Init.LayerFolders", "LayerFolders")] // its Infrastructure.Orders and Infrastructure.Stock: a layer's folders
    [InlineData("FitnessKit.Subjects.Init.Infrastructure", "Infrastructure")] // an infrastructure project's Orders and Stock: the features' persistence
    public void Should_not_split_an_assembly_whose_DbContexts_lie_in_the_folders_of_a_layer(string name, string context)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder.Path, "bin")).FullName;
        File.Copy(Repository.Subject(name), Path.Combine(bin, name + ".dll"));
        var config = Path.Combine(_folder.Path, "fitness.json");
        using var console = new TestConsole();

        InitCommand.Run(new DirectoryInfo(bin), new FileInfo(config), force: false, console.Console).Should().Be(0, console.Output);

        var map = FitnessKit.Configuration.FitnessConfig.Parse(File.ReadAllText(config), config).Map;
        map.Contexts.Should().ContainSingle().Which.Namespaces.Should().BeEmpty("the folders hold a layer's part of each feature, not modules");
        console.Output.Should().Contain($"One context only ({context})");
    }

    [Fact]
    public void Should_say_that_one_context_leaves_the_rules_between_contexts_nothing_to_compare()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder.Path, "bin")).FullName;
        const string name = "FitnessKit.Subjects.Layered.Reporting";
        File.Copy(Repository.Subject(name), Path.Combine(bin, name + ".dll"));
        File.Copy(Path.ChangeExtension(Repository.Subject(name), ".pdb"), Path.Combine(bin, name + ".pdb"));
        var config = Path.Combine(_folder.Path, "fitness.json");
        using var console = new TestConsole();

        InitCommand.Run(new DirectoryInfo(bin), new FileInfo(config), force: false, console.Console).Should().Be(0, console.Output);

        console.Output.Should().Contain("One context only (Reporting): the rules between contexts have nothing to compare until it is split, by assembly or by namespace (docs/configuration.md).");
    }
}
