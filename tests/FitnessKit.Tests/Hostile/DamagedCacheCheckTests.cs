using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary><c>fitnesskit check --cache</c> with a cache file damaged in place: the check says what a check without a cache says, and one line more that names the file.</summary>
public sealed class DamagedCacheCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-damagedcache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private DirectoryInfo Cache => new(Path.Combine(_folder, "cache"));

    private static FileInfo Config => new(Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json"));

    [Fact]
    public void Sixteen_zero_bytes_in_the_middle_of_a_cache_file_lose_no_violation_and_are_noted_in_one_line()
    {
        // Given the cache of two checks of the broken sample, and the file of the assembly that uses Orders' DbContext
        // (FK003 and FK008) damaged as in issue 14: read from it, that use was lost, and an FK001 was made up.
        var (_, filled) = Check(Cache);
        Check(Cache);
        var cacheFile = Directory.GetFiles(Cache.FullName, "Shop.Shipping.Infrastructure.*.fkmc").Single();
        var bytes = File.ReadAllBytes(cacheFile);
        Array.Clear(bytes, bytes.Length / 2, 16);
        File.WriteAllBytes(cacheFile, bytes);
        var (noCacheExit, noCache) = Check(cache: null);

        // The answers the first checks stored are not the subject here: without them, the check reads the models.
        Directory.Delete(Path.Combine(Cache.FullName, "answers"), recursive: true);

        // When the sample is checked with the damaged cache, then once more.
        var (damagedExit, damaged) = Check(Cache);
        var (_, next) = Check(Cache);

        // Then the check says what the check without a cache says, and notes the damaged file on one line of its own.
        filled.Should().Be(noCache, "the cache was filled by a check that said what a check without it says");
        damagedExit.Should().Be(noCacheExit);
        var notes = Lines(damaged).Where(line => line.Contains(Path.GetFileName(cacheFile), StringComparison.Ordinal)).ToList();
        notes.Should().ContainSingle().Which.Should().Contain("Shop.Shipping.Infrastructure.dll").And.Contain("damaged").And.Contain("read afresh");
        Lines(damaged).Where(line => !notes.Contains(line)).Should().Equal(Lines(noCache));
        next.Should().Be(noCache, "the damaged file was written again, whole, and the check that noted it stored no answer");
    }

    [Fact]
    public void The_json_and_html_reports_list_a_damaged_cache_file_with_the_assembly_read_in_its_place()
    {
        // Given a filled cache with the file of Shop.Billing cut short by one byte.
        Check(Cache);
        var cacheFile = Directory.GetFiles(Cache.FullName, "Shop.Billing.*.fkmc").Single(f => Path.GetFileName(f).Split('.').Length == 4);
        File.WriteAllBytes(cacheFile, File.ReadAllBytes(cacheFile)[..^1]);
        var output = new DirectoryInfo(Path.Combine(_folder, "reports"));
        using var console = new TestConsole();

        // When the reports are written with the damaged cache.
        ReportCommand.Run(Config, null, "json,html", output, console.Console, Cache).Should().Be(0, console.Output);

        // Then each names the file, the assembly, and what was wrong.
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output.FullName, "fitness-report.json")));
        var damaged = json.RootElement.GetProperty("damagedCacheFiles").EnumerateArray().Should().ContainSingle().Subject;
        damaged.GetProperty("cacheFile").GetString().Should().EndWith("cache/" + Path.GetFileName(cacheFile));
        damaged.GetProperty("assembly").GetString().Should().EndWith("Shop.Broken/bin/Shop.Billing.dll");
        damaged.GetProperty("reason").GetString().Should().Be("it does not end with its trailer (cut short, or bytes were added after its end)");
        File.ReadAllText(Directory.GetFiles(output.FullName, "*.html").Single()).Should().Contain(Path.GetFileName(cacheFile) + " was damaged (it does not end with its trailer");
    }

    private static (int ExitCode, string Output) Check(DirectoryInfo? cache)
    {
        using var console = new TestConsole();
        var exitCode = CheckCommand.Run(new CheckSettings(Config, Cache: cache), console.Console);
        return (exitCode, console.Output);
    }

    private static string[] Lines(string output) => output.Split('\n');
}
