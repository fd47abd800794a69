using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tests.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Evaluation;

/// <summary>
/// A check keeps, of each type it decodes, only the dependencies its rules read, and lets the rest go as each assembly
/// is done (<see cref="DependencyRetention"/>). What it lets go is not lost: the code base still gives every dependency
/// to whoever asks, read again from the file, and says so clearly when the file changed in between.
/// </summary>
public sealed class DependencyRetentionTests
{
    private static readonly string BrokenConfig = Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json");

    [Fact]
    public void Keeps_fewer_dependencies_than_the_code_has_and_still_gives_every_one_to_whoever_asks()
    {
        var config = FitnessConfig.Load(BrokenConfig);
        var checkedCode = CodeBase.Load(config.Assemblies);
        var report = FitnessCheck.Evaluate(checkedCode, config.Map);
        var fresh = CodeBase.Load(config.Assemblies);
        var types = report.Model.Contexts.SelectMany(c => c.Types).ToList();

        var kept = types.Sum(t => report.Model.View.Of(t).Count);
        var all = types.Sum(t => fresh.FindType(t.Name)!.Dependencies.Count);
        kept.Should().BeGreaterThan(0).And.BeLessThan(all / 2, "calls and locals inside a context, and uses of the runtime's types, are not what the rules read");
        foreach (var type in types)
        {
            type.Dependencies.Should().Equal(fresh.FindType(type.Name)!.Dependencies, "{0} gives back every dependency, read again", type.FullName);
        }
    }

    /// <summary>
    /// A type holds its code in one place, the full lists or what a check kept or both: read again in full after the
    /// check, and let go again, it still answers the check's view with what the check kept.
    /// </summary>
    [Fact]
    public void What_a_check_kept_of_a_type_outlives_its_code_read_again_in_full_and_let_go_again()
    {
        var config = FitnessConfig.Load(BrokenConfig);
        var report = FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), config.Map);
        var view = report.Model.View;
        var types = report.Model.Contexts.SelectMany(c => c.Types).Where(t => t.KeptFor(view) is { Count: > 0 }).ToList();
        types.Should().NotBeEmpty("the broken sample's types keep what the rules read of them");
        var kept = types.ToDictionary(t => t, t => t.KeptFor(view)!.ToList());

        foreach (var type in types)
        {
            type.Dependencies.Count.Should().BeGreaterThanOrEqualTo(kept[type].Count, "{0} is read again in full", type.FullName);
            type.KeptFor(view).Should().Equal(kept[type], "{0} keeps what the check kept beside its full lists", type.FullName);
        }

        foreach (var type in types)
        {
            type.LetGoOfDecoded(type.Decoder!);
            type.KeptFor(view).Should().Equal(kept[type], "{0} keeps what the check kept when its full lists go", type.FullName);
        }
    }

    [Fact]
    public void Keeps_of_a_contracts_public_surface_what_names_the_system_and_of_other_types_only_what_crosses_an_assembly_or_names_a_property()
    {
        var config = FitnessConfig.Load(BrokenConfig);
        var checkedCode = CodeBase.Load(config.Assemblies);
        var report = FitnessCheck.Evaluate(checkedCode, config.Map);
        var fresh = CodeBase.Load(config.Assemblies);
        var byHome = report.Model.Contexts.SelectMany(c => c.Types.Select(t => (Home: c, Type: t))).ToList();
        static string Said(TypeDependency d) => $"{d.Source.Assembly} {d.Source} {d.Member} {d.Kind} {d.Target} {d.Anchor}";

        // A contract's surface is what FK010, FK003 and FK001 read of it: kept where it names a type of the system or of
        // a context; where it names only the runtime's (its strings, its attributes), let go.
        var contracts = byHome.Where(p => p.Home.IsContract(p.Type.Name)).ToList();
        var contractSurface = contracts.SelectMany(p => fresh.FindType(p.Type.Name)!.Dependencies.Where(d => d.IsPublicSurface)).ToList();
        var keptOfContracts = contracts.SelectMany(p => report.Model.View.Of(p.Type)).Select(Said).ToList();
        var systems = contractSurface.Where(d => report.Model.IsJudged(d.Target.Assembly) || report.Model.ContextOf(d.Target) is not null).ToList();
        systems.Should().Contain(d => d.Target.Assembly != d.Source.Assembly, "the sample's contracts name types of other assemblies of the system");
        systems.Select(Said).Should().BeSubsetOf(keptOfContracts);
        var runtime = contractSurface.Where(d => d.Target.Assembly == "System.Runtime" && d.Kind != DependencyKind.PropertyType).ToList();
        runtime.Should().NotBeEmpty("a contract's surface names the runtime's types");
        keptOfContracts.Should().NotIntersectWith(runtime.Select(Said));

        // Another type's surface naming only its own assembly or the runtime is read by no rule, and let go.
        var others = byHome.Where(p => !p.Home.IsContract(p.Type.Name)).ToList();
        var local = others.SelectMany(p => fresh.FindType(p.Type.Name)!.Dependencies.Where(d => d.IsPublicSurface && d.Kind != DependencyKind.PropertyType
            && (d.Target.Assembly == p.Type.Assembly.Name || d.Target.Assembly == "System.Runtime"))).ToList();
        local.Should().NotBeEmpty("the sample's public classes take and return strings and their own types");
        others.SelectMany(p => report.Model.View.Of(p.Type)).Select(Said).Should().NotIntersectWith(local.Select(Said));

        // Nor does any rule read what a type other than a repository uses of EF Core, but for its properties' types (a
        // DbSet): the tables are read from the code itself.
        var notRepositories = others.Where(p => config.Map.Persistence.RepositorySuffixOf(p.Type) is null).ToList();
        var efCore = notRepositories.SelectMany(p => fresh.FindType(p.Type.Name)!.Dependencies.Where(d => d.Kind != DependencyKind.PropertyType
            && d.Target.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal))).ToList();
        efCore.Should().Contain(d => d.Kind == DependencyKind.MethodCall, "the sample's DbContexts call ModelBuilder's methods");
        notRepositories.SelectMany(p => report.Model.View.Of(p.Type)).Select(Said).Should().NotIntersectWith(efCore.Select(Said));
    }

    [Fact]
    public void Keeps_the_same_dependencies_whether_it_makes_only_those_from_the_file_or_picks_them_from_the_full_lists()
    {
        // Given one code base decoded by the check from its files, which makes only the dependencies it keeps, and
        // another decoded in full first, from which the check picks what it keeps
        var config = FitnessConfig.Load(BrokenConfig);
        var fromFiles = FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), config.Map);
        var decodedFirst = CodeBase.Load(config.Assemblies);
        decodedFirst.DecodeAll();
        var picked = FitnessCheck.Evaluate(decodedFirst, config.Map);

        // Then every type keeps the same dependencies and generic calls, in the same order, with the same places
        var types = fromFiles.Model.Contexts.SelectMany(c => c.Types).ToList();
        types.Sum(t => fromFiles.Model.View.Of(t).Count).Should().BeGreaterThan(0);
        foreach (var type in types)
        {
            var twin = decodedFirst.FindType(type.Name)!;
            fromFiles.Model.View.Of(type).Select(Said).Should().Equal(picked.Model.View.Of(twin).Select(Said), "{0} keeps the same dependencies", type.FullName);
            fromFiles.Model.View.CallsOf(type).Select(c => $"{c.DeclaringType}.{c.Method} {c.Member}").Should().Equal(
                picked.Model.View.CallsOf(twin).Select(c => $"{c.DeclaringType}.{c.Method} {c.Member}"));
        }

        fromFiles.Violations.Select(v => $"{v.Key} {v.Message}").Should().Equal(picked.Violations.Select(v => $"{v.Key} {v.Message}"));

        static string Said(TypeDependency d) => $"{d.Member} {d.Kind} {d.Target} {d.IsPublicSurface} {d.Anchor}";
    }

    [Fact]
    public void Keeps_of_the_generic_calls_only_those_that_map_entities_and_still_gives_every_one_to_whoever_asks()
    {
        var config = FitnessConfig.Load(BrokenConfig);
        var report = FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), config.Map);
        var fresh = CodeBase.Load(config.Assemblies);
        var types = report.Model.Contexts.SelectMany(c => c.Types).ToList();

        var kept = types.SelectMany(t => report.Model.View.CallsOf(t)).ToList();
        var all = types.SelectMany(t => fresh.FindType(t.Name)!.GenericCalls).ToList();
        kept.Should().Contain(c => c.Method == "OwnsMany", "the broken sample's order configuration owns its lines with OwnsMany<OrderLine>()");
        kept.Select(c => c.Method).Should().OnlyContain(m => m == "Entity" || m == "OwnsMany");
        all.Should().Contain(c => c.Method != "Entity" && c.Method != "OwnsMany", "the sample's code calls other generic methods, which the check lets go");
        foreach (var type in types)
        {
            type.GenericCalls.Select(Text).Should().Equal(fresh.FindType(type.Name)!.GenericCalls.Select(Text), "{0} gives back every generic call, read again", type.FullName);
        }
    }

    [Fact]
    public void Reads_a_contracts_whole_surface_when_an_entity_of_a_package_not_inspected_is_mapped()
    {
        // Given a contract that exposes the customer of a shared entities package, which its context's DbContext maps;
        // the package is not among the assemblies inspected
        var code = CodeBase.Load(AssemblySource.Files(Repository.Subject(ContractScenarios.Assembly)));
        const string Customer = "FitnessKit.Subjects.Rules.SharedEntities.SharedCustomer";
        code.AssemblyNamed("FitnessKit.Subjects.Rules.SharedEntities").Should().BeNull("the package is not inspected");

        // When its map is checked, keeping of a contract's surface only what names the system's types, and the long way
        var planted = Check(code, "PackageEntityInContract");
        List<string> longWay;
        using (Shortcuts.TurnOff())
        {
            longWay = [.. Check(CodeBase.Load(AssemblySource.Files(Repository.Subject(ContractScenarios.Assembly))), "PackageEntityInContract").Violations.Select(v => $"{v.Key} {v.Message}")];
        }

        // Then the check kept less of the contract than its surface, and still reports every exposure the long way does
        var contract = planted.Model.Contexts.SelectMany(c => c.ContractTypes).Single();
        contract.Dependencies.Where(d => d.IsPublicSurface && d.Target.FullName == Customer).Should().HaveCountGreaterThan(
            planted.Model.View.Of(contract).Count(d => d.IsPublicSurface && d.Target.FullName == Customer), "the constructor's and Deconstruct's signatures name the customer too");
        var exposures = planted.Violations.Where(v => v.Rule.Id == "FK003").ToList();
        exposures.Select(v => v.SourceMember).Should().Contain([".ctor", "Customer", "Deconstruct"]);
        exposures.Should().OnlyContain(v => v.TargetType == Customer);
        planted.Violations.Select(v => $"{v.Key} {v.Message}").Should().Equal(longWay);
        Check(code, "PackageEntityInContractTwin").Violations.Should().NotContain(v => v.Rule.Id == "FK003" || v.Rule.Id == "FK001");

        static FitnessReport Check(CodeBase code, string scenario) => FitnessCheck.Evaluate(code, ContractScenarios.Map(code, $"{ContractScenarios.Assembly}.{scenario}"));
    }

    private static string Text(GenericCall call) =>
        $"{call.DeclaringType.FullName}.{call.Method}<{string.Join(", ", call.Arguments.Select(a => a.Type.FullName))}> in {call.Member}";

    [Fact]
    public void A_second_check_with_the_same_map_reads_what_the_first_kept_and_one_with_another_map_answers_as_a_fresh_one()
    {
        var config = FitnessConfig.Load(BrokenConfig);
        var code = CodeBase.Load(config.Assemblies);
        var first = FitnessCheck.Evaluate(code, config.Map);

        var again = FitnessCheck.Evaluate(code, config.Map);
        var otherMap = FitnessCheck.Evaluate(code, ShopSample.Map);

        again.Model.View.Should().BeSameAs(first.Model.View);
        again.Violations.Select(v => v.Key).Should().Equal(first.Violations.Select(v => v.Key));
        otherMap.Model.View.Should().NotBeSameAs(first.Model.View);
        otherMap.Violations.Select(v => $"{v.Key} {v.Message}").Should().Equal(
            FitnessCheck.Evaluate(CodeBase.Load(config.Assemblies), ShopSample.Map).Violations.Select(v => $"{v.Key} {v.Message}"));
    }

    [Fact]
    public void A_type_let_go_by_one_check_while_another_reads_it_again_still_gives_every_dependency()
    {
        var config = FitnessConfig.Load(BrokenConfig);
        var fresh = CodeBase.Load(config.Assemblies);
        var code = CodeBase.Load(config.Assemblies);
        _ = FitnessCheck.Evaluate(code, config.Map);
        var orders = code.Assemblies.Single(a => a.Name == "Shop.Orders");

        // A second check lets the assembly go type by type; between two types, a rule of the first check reads the
        // type let go just before, which reads the file again and fills in every type, the next ones included.
        InspectedType? previous = null;
        code.Decode([orders], new DependencyView(), assembly => type =>
        {
            _ = previous?.Dependencies;
            previous = type;
            return static (_, _, _) => false;
        }, static _ => false, static _ => null);

        orders.Types.Should().HaveCountGreaterThan(2);
        foreach (var type in orders.Types)
        {
            type.Dependencies.Should().Equal(fresh.FindType(type.Name)!.Dependencies, "{0} gives back every dependency, read again", type.FullName);
        }
    }

    [Fact]
    public void Holds_no_file_open_between_loading_and_the_check_and_finds_out_a_file_rebuilt_in_between()
    {
        // Given Shop.Broken's assemblies in a folder of their own, loaded, and the answer of a check of a fresh load
        using var folder = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(ShopSample.Bin(ShopSample.Broken), "*.dll"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var source = AssemblySource.Folder(folder.Path, "Shop.*.dll");
        var fresh = FitnessCheck.Evaluate(CodeBase.Load(source), ShopSample.MapOf(ShopSample.Broken)).Violations.Select(v => v.Key).ToList();
        var loaded = CodeBase.Load(source);
        var alsoLoaded = CodeBase.Load(source);

        // When Shop.Orders is replaced by another build (a new file moved over it, as a build writes) before the first is checked
        var orders = Path.Combine(folder.Path, "Shop.Orders.dll");
        var rebuilt = Path.Combine(folder.Path, "rebuilt.tmp");
        File.Copy(Path.Combine(ShopSample.Bin(ShopSample.Good), "Shop.Orders.dll"), rebuilt);
        File.Move(rebuilt, orders, overwrite: true);
        var checking = () => FitnessCheck.Evaluate(loaded, ShopSample.MapOf(ShopSample.Broken));

        // Then decoding opens the file again and says it changed (held open since loading, the file would still answer
        // for the build that was replaced); and with the loaded build back, a second load, its files closed meanwhile
        // and opened again, checks as a fresh load does
        fresh.Should().NotBeEmpty();
        checking.Should().Throw<FitnessKitException>().WithMessage($"{orders}: replaced by another build of Shop.Orders while it was inspected*");
        File.Copy(Path.Combine(ShopSample.Bin(ShopSample.Broken), "Shop.Orders.dll"), rebuilt);
        File.Move(rebuilt, orders, overwrite: true);
        FitnessCheck.Evaluate(alsoLoaded, ShopSample.MapOf(ShopSample.Broken)).Violations.Select(v => v.Key).Should().Equal(fresh);
    }

    [Fact]
    public void Says_which_file_changed_when_a_dependency_it_let_go_is_asked_for_after_the_file_was_rebuilt()
    {
        using var folder = new TemporaryFolder();
        foreach (var file in Directory.GetFiles(ShopSample.Bin(ShopSample.Broken), "*.dll"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var code = CodeBase.Load(AssemblySource.Folder(folder.Path, "Shop.*.dll"));
        var report = FitnessCheck.Evaluate(code, ShopSample.MapOf(ShopSample.Broken));
        var order = report.Model.Contexts.Single(c => c.Name == "Orders").Types.First(t => t.Assembly.Name == "Shop.Orders");
        File.Copy(Path.Combine(ShopSample.Bin(ShopSample.Good), "Shop.Orders.dll"), Path.Combine(folder.Path, "Shop.Orders.dll"), overwrite: true);

        var asking = () => order.Dependencies;

        asking.Should().Throw<FitnessKitException>().WithMessage($"{Path.Combine(folder.Path, "Shop.Orders.dll")}: replaced by another build of Shop.Orders while it was inspected*");
    }
}
