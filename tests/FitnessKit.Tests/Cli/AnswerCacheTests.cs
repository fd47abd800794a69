using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Cli;

/// <summary>
/// <c>fitnesskit check --cache</c> prints the answer stored by an earlier check while every input of that answer is
/// unchanged, and checks again as soon as one is not: each case here changes one kind of input of a copy of the broken
/// sample, and the check must then answer exactly as a check without any cache does.
/// </summary>
public sealed class AnswerCacheTests : IDisposable
{
    private const string Printed = "Answer cache: printed the answer stored";

    private readonly TemporaryFolder _folder = new();
    private readonly string _sample;
    private readonly DirectoryInfo _cache;

    public AnswerCacheTests()
    {
        _sample = Path.Combine(_folder.Path, "sample");
        var bin = Path.Combine(_sample, "bin");
        Directory.CreateDirectory(bin);
        foreach (var file in Directory.GetFiles(ShopSample.Bin(ShopSample.Broken)))
        {
            File.Copy(file, Path.Combine(bin, Path.GetFileName(file)));
        }

        var contracts = Path.Combine(_sample, "contracts");
        Directory.CreateDirectory(contracts);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Sample(ShopSample.Broken), "contracts")))
        {
            File.Copy(file, Path.Combine(contracts, Path.GetFileName(file)));
        }

        File.Copy(Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json"), Config.FullName);
        _cache = new DirectoryInfo(Path.Combine(_folder.Path, "cache"));
    }

    private FileInfo Config => new(Path.Combine(_sample, "fitness.json"));

    private string Bin(string file) => Path.Combine(_sample, "bin", file);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_second_check_prints_the_stored_answer_byte_for_byte_and_says_so_when_verbose()
    {
        var first = Check();
        var second = Check();
        Check(verbose: false);
        var quiet = Check(verbose: false);

        first.Output.Should().Contain("Answer cache: checking, no answer is stored for this check yet.");
        second.Output.Should().Contain(Printed);
        (second.ExitCode, Answer(second.Output)).Should().Be((first.ExitCode, Answer(first.Output)));
        first.ExitCode.Should().Be(1, "the broken sample has violations");
        quiet.Output.Should().Be(WithoutCache(verbose: false).Output, "a printed answer is what a check without the cache prints");
    }

    [Fact]
    public void An_assembly_changed_in_one_byte_with_its_old_time_is_checked_again()
    {
        Check();
        var orders = Bin("Shop.Orders.dll");
        var written = File.GetLastWriteTimeUtc(orders);
        var bytes = File.ReadAllBytes(orders);
        var timestamp = PeTimestampOffset(bytes);
        bytes[timestamp] ^= 0x5A;
        File.WriteAllBytes(orders, bytes);
        File.SetLastWriteTimeUtc(orders, written);

        var again = Check();

        again.Output.Should().NotContain(Printed).And.Contain($"Answer cache: checking, {orders} changed since the answer was stored.");
        Answer(again.Output).Should().Be(Answer(WithoutCache().Output));
    }

    [Fact]
    public void An_assembly_removed_from_the_folder_changes_the_answer()
    {
        var first = Check();
        File.Delete(Bin("Shop.Reporting.dll"));
        File.Delete(Bin("Shop.Reporting.pdb"));

        var again = Check();

        again.Output.Should().NotContain(Printed);
        Answer(again.Output).Should().Be(Answer(WithoutCache().Output)).And.NotBe(Answer(first.Output));
    }

    [Fact]
    public void A_symbol_file_missing_at_the_first_check_and_there_at_the_next_is_read()
    {
        var pdb = Bin("Shop.Worker.pdb");
        File.Move(pdb, pdb + ".aside");
        var first = Check();
        File.Move(pdb + ".aside", pdb);

        var again = Check();

        again.Output.Should().NotContain(Printed);
        Answer(again.Output).Should().Be(Answer(WithoutCache().Output)).And.NotBe(Answer(first.Output), "the worker's violations now have lines");
    }

    [Fact]
    public void A_changed_configuration_is_checked_again()
    {
        Check();
        File.AppendAllText(Config.FullName, "\n");

        var again = Check();

        again.Output.Should().Contain($"Answer cache: checking, {Config.FullName} changed since the answer was stored.");
    }

    [Fact]
    public void Each_set_of_options_and_each_kind_of_console_keeps_its_own_answer()
    {
        var wide = Check(verbose: false);
        var narrow = Check(verbose: false, width: 60);
        var verbose = Check(verbose: true);

        Check(verbose: false).Output.Should().Be(wide.Output);
        Check(verbose: false, width: 60).Output.Should().Be(narrow.Output).And.NotBe(wide.Output, "lines wrap at 60 columns");
        Check(verbose: true).Output.Should().Contain(Printed);
        Answer(verbose.Output).Should().Be(wide.Output);
        Directory.GetFiles(Path.Combine(_cache.FullName, "answers")).Should().HaveCount(3);
    }

    [Fact]
    public void A_pattern_that_searches_the_folder_holding_the_cache_still_gets_its_answer_stored_at_the_first_check()
    {
        var config = File.ReadAllText(Config.FullName).Replace("\"bin/Shop.*.dll\"", "\"**/Shop.*.dll\"", StringComparison.Ordinal);
        File.WriteAllText(Config.FullName, config);
        var inside = new DirectoryInfo(Path.Combine(_sample, ".fitnesskit-cache"));

        var first = Check(cache: inside);
        var second = Check(cache: inside);

        config.Should().Contain("**/Shop.*.dll");
        first.Output.Should().NotContain("Answer cache: not stored");
        second.Output.Should().Contain(Printed);
        Answer(second.Output).Should().Be(Answer(first.Output));
    }

    [Fact]
    public void A_damaged_answer_is_not_printed()
    {
        var first = Check();
        var answer = Directory.GetFiles(Path.Combine(_cache.FullName, "answers")).Should().ContainSingle().Subject;
        var bytes = File.ReadAllBytes(answer);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(answer, bytes);

        var again = Check();

        again.Output.Should().Contain("Answer cache: checking, the stored answer is damaged.");
        Answer(again.Output).Should().Be(Answer(first.Output));
        Check().Output.Should().Contain(Printed, "the damaged answer was replaced");
    }

    [Fact]
    public void A_check_that_writes_reports_stores_no_answer()
    {
        using var console = new TestConsole();
        var reports = new DirectoryInfo(Path.Combine(_folder.Path, "reports"));

        CheckCommand.Run(new CheckSettings(Config, Cache: _cache, Output: reports, Formats: "json"), console.Console).Should().Be(1);

        Directory.Exists(Path.Combine(_cache.FullName, "answers")).Should().BeFalse();
        File.Exists(Path.Combine(reports.FullName, "fitness-report.json")).Should().BeTrue(console.Output);
    }

    [Fact]
    public void Bad_input_stores_no_answer()
    {
        File.WriteAllText(Config.FullName, """{ "assemblies": ["nothing/*.dll"], "contexts": [ { "name": "A", "assemblies": ["A"] } ] }""");

        var bad = Check();

        bad.ExitCode.Should().Be(2, bad.Output);
        Directory.EnumerateFiles(_cache.FullName, "*", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void The_command_in_its_own_process_prints_the_stored_answer_until_a_variable_it_read_changes()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } set
            ? Path.GetFullPath(set)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string[] arguments = ["check", "--config", Config.FullName, "--cache", _cache.FullName, "--verbose"];

        var first = CliProcess.Run(new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages }, arguments);
        var second = CliProcess.Run(new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages }, arguments);
        var moved = CliProcess.Run(new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages + Path.DirectorySeparatorChar }, arguments);

        (first.ExitCode, second.ExitCode, moved.ExitCode).Should().Be((1, 1, 1), first.Output + first.Error);
        second.Output.Should().Contain(Printed);
        Answer(second.Output).Should().Be(Answer(first.Output));
        moved.Output.Should().Contain("Answer cache: checking, the environment variable NUGET_PACKAGES changed since the answer was stored");
        Answer(moved.Output).Should().Be(Answer(first.Output), "the same folder, named another way");
    }

    /// <summary>The offset of the PE header's time stamp, a field no rule reads.</summary>
    private static int PeTimestampOffset(byte[] image) => BitConverter.ToInt32(image, 0x3C) + 8;

    /// <summary>What a check printed, without the answer cache's own lines.</summary>
    private static string Answer(string output) =>
        string.Join('\n', output.Split('\n').Where(l => !l.StartsWith("Answer cache: ", StringComparison.Ordinal)));

    private (int ExitCode, string Output) Check(bool verbose = true, int width = 4096, DirectoryInfo? cache = null)
    {
        using var console = new TestConsole();
        console.Console.Profile.Width = width;
        using (WorkingDirectory.Use(_sample))
        {
            var exitCode = CheckCommand.Run(new CheckSettings(Config, Cache: cache ?? _cache, Verbose: verbose), console.Console);
            return (exitCode, console.Output);
        }
    }

    private (int ExitCode, string Output) WithoutCache(bool verbose = true)
    {
        using var console = new TestConsole();
        using (WorkingDirectory.Use(_sample))
        {
            var exitCode = CheckCommand.Run(new CheckSettings(Config, Verbose: verbose), console.Console);
            return (exitCode, console.Output);
        }
    }
}
