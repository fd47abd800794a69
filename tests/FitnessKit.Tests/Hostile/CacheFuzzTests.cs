using System.Globalization;
using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// Fuzzes the model cache: a cache filled by checking the broken Shop sample is damaged in one file, in turn (runs of
/// zero bytes, flipped bits, bytes overwritten, the file cut short, bytes added after its end), and the sample is checked
/// again with it. Property: the check gives exactly what a check without a cache gives (its scope with the type count,
/// its violations, unresolved references, skipped files, undecided notes and every decoded fact), a damaged file is
/// noted with the assembly read afresh in its place, and the next check finds the file rewritten. A failure prints a
/// recipe (the cache file's assembly, the offset and value of each byte written, the length cut to) that
/// <see cref="Regressions"/> keeps once fixed.
/// </summary>
public sealed class CacheFuzzTests(CacheFuzzTests.FilledCache cache) : IClassFixture<CacheFuzzTests.FilledCache>
{
    /// <summary>Damaged caches that once changed a check's result: { "what broke", assembly of the cache file, [offset, value, ...], length to cut to or -1 }.</summary>
    /// <remarks>Offsets are into the cache file as this build writes it; a change to the format moves them, and the case stays a valid random input.</remarks>
    public static TheoryData<string, string, int[], int> Regressions => new()
    {
        { "bytes overwritten in a string and the details: attributes and a local variable lost (seed 1)", "Shop.Reporting", [459, 0x65, 3512, 0x86, 1245, 0x72, 1699, 0x01, 906, 0x34, 1065, 0xC3, 2847, 0x02], -1 },
        { "one byte of a type name's string overwritten: PropertyBuilder`1 read as PropertyBuilder`9, a type that does not exist (seed 3)", "Shop.Customers.Infrastructure", [876, 0x39], -1 },
    };

    [Fact]
    public void Checking_with_a_damaged_cache_file_gives_what_checking_without_a_cache_gives()
    {
        var (iterations, _) = Fuzzing.Run("cache fuzz", (random, iteration) =>
        {
            var assembly = cache.Assemblies[random.Next(cache.Assemblies.Count)];
            var (edits, length) = Mutate(cache.Original(assembly), random);
            var recipe = Fuzzing.Recipe(assembly, edits, length);
            return (recipe, () => CheckProperty(assembly, edits, length, iteration.ToString(CultureInfo.InvariantCulture), recipe));
        });

        iterations.Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Keeps_a_damaged_cache_it_found_harmless(string what, string assembly, int[] edits, int length) =>
        CheckProperty(assembly, [.. edits.Chunk(2).Select(p => (p[0], (byte)p[1]))], length, "regression", what);

    [Theory]
    [InlineData("Shop.Shipping.Infrastructure")] // Read from a damaged cache, its use of OrdersDbContext was lost, and FK008 with it, and an FK001 made up.
    [InlineData("Shop.SharedEntities")] // Read from a damaged cache, its type was lost: one type fewer, and FK002 had no location.
    [InlineData("Shop.Orders.Infrastructure")] // Read from a damaged cache, an entity configuration's dependencies were lost.
    public void Sixteen_zero_bytes_in_the_middle_of_a_cache_file_change_nothing_but_a_note(string assembly)
    {
        // The case of issue 14.
        var middle = cache.Original(assembly).Length / 2;

        CheckProperty(assembly, [.. Enumerable.Range(middle, 16).Select(offset => (offset, (byte)0))], -1, "issue-14-" + assembly, "16 zero bytes in the middle");
    }

    /// <summary>The property, on a copy of the filled cache with one file damaged.</summary>
    private void CheckProperty(string assembly, IReadOnlyList<(int Offset, byte Value)> edits, int length, string name, string recipe)
    {
        var folder = cache.Copy(name);
        try
        {
            var original = cache.Original(assembly);
            var damaged = Fuzzing.Mutated(original, edits, length);
            var cacheFile = Path.Combine(folder, cache.FileName(assembly));
            File.WriteAllBytes(cacheFile, damaged);

            var (run, codeBase) = FilledCache.Check(folder);
            Same(run, $"the check with the cache damaged by {recipe}");
            NotedOnce(codeBase, IsDamage(original, damaged) ? cacheFile : null, assembly, recipe);

            var (next, nextCodeBase) = FilledCache.Check(folder);
            Same(next, $"the check after the one with the cache damaged by {recipe}");
            NotedOnce(nextCodeBase, null, assembly, $"the check after the one with the cache damaged by {recipe}, which wrote the file again");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Throws unless the load noted exactly this damaged cache file, with the assembly read in its place, or none when it is <see langword="null"/>.</summary>
    private static void NotedOnce(CodeBase codeBase, string? cacheFile, string assembly, string what)
    {
        var noted = codeBase.DamagedCacheFiles.Select(d => $"{d.CacheFile} for {Path.GetFileName(d.AssemblyPath)}").ToList();
        List<string> expected = cacheFile is null ? [] : [$"{cacheFile} for {assembly}.dll"];
        if (!noted.SequenceEqual(expected))
        {
            throw new InvalidOperationException($"{what} noted the damaged cache files [{string.Join(", ", noted)}], not [{string.Join(", ", expected)}]");
        }
    }

    /// <summary>Whether a changed file is damaged: any change but a format version of another FitnessKit (positive, and not this one's) in place of this one's, which is read afresh without a note.</summary>
    private static bool IsDamage(byte[] original, byte[] damaged)
    {
        if (damaged.AsSpan().SequenceEqual(original))
        {
            return false;
        }

        return !(damaged.Length >= 8 && damaged.AsSpan(0, 4).SequenceEqual(original.AsSpan(0, 4))
            && BitConverter.ToInt32(damaged, 4) is var version and > 0 && version != BitConverter.ToInt32(original, 4));
    }

    /// <summary>Throws, naming the first lines that differ, unless a run gave exactly what the check without a cache gives.</summary>
    private void Same(IReadOnlyList<string> run, string what)
    {
        if (run.SequenceEqual(cache.Expected))
        {
            return;
        }

        var missing = cache.Expected.Except(run).Take(5).Select(line => "  missing: " + line);
        var extra = run.Except(cache.Expected).Take(5).Select(line => "  extra: " + line);
        throw new InvalidOperationException($"{what} gave {run.Count} lines where the check without a cache gives {cache.Expected.Count}:{Environment.NewLine}{string.Join(Environment.NewLine, missing.Concat(extra))}");
    }

    private static (List<(int Offset, byte Value)> Edits, int Length) Mutate(byte[] original, Random random)
    {
        var edits = new List<(int, byte)>();
        var length = -1;
        switch (random.Next(5))
        {
            case 0:
                // A run of zero bytes, as a disk or a copy that lost a block leaves.
                var start = random.Next(original.Length);
                edits.AddRange(Enumerable.Range(start, Math.Min(random.Next(1, 33), original.Length - start)).Select(offset => (offset, (byte)0)));
                break;
            case 1:
                for (var i = random.Next(1, 9); i > 0; i--)
                {
                    var offset = random.Next(original.Length);
                    edits.Add((offset, (byte)(original[offset] ^ (1 << random.Next(8)))));
                }

                break;
            case 2:
                for (var i = random.Next(1, 9); i > 0; i--)
                {
                    edits.Add((random.Next(original.Length), (byte)random.Next(256)));
                }

                break;
            case 3:
                length = random.Next(original.Length);
                break;
            default:
                edits.AddRange(Enumerable.Range(original.Length, random.Next(1, 17)).Select(offset => (offset, (byte)random.Next(256))));
                break;
        }

        return (edits, length);
    }

    /// <summary>A cache filled by checking the broken Shop sample until every file holds its decoded assembly, and what a check without a cache gives.</summary>
    public sealed class FilledCache : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("fitnesskit-cachefuzz-").FullName;
        private readonly Dictionary<string, (string FileName, byte[] Bytes)> _files = new(StringComparer.Ordinal);

        public FilledCache()
        {
            var filled = Path.Combine(_root, "filled");

            // The first check writes every assembly it reads and decodes; the second decodes, from their files, the
            // ones the first only read, and writes them whole.
            Check(filled);
            Check(filled);
            foreach (var file in Directory.GetFiles(filled, "*.fkmc"))
            {
                var name = Path.GetFileName(file);
                _files.Add(name[..name.LastIndexOf('.', name.Length - ".fkmc".Length - 1)], (name, File.ReadAllBytes(file)));
            }

            Assemblies = [.. _files.Keys.Order(StringComparer.Ordinal)];
            Expected = Check(cacheDirectory: null).Lines;
        }

        /// <summary>Gets the names of the assemblies that have a cache file.</summary>
        public IReadOnlyList<string> Assemblies { get; }

        /// <summary>Gets what the check without a cache gives, line by line.</summary>
        public IReadOnlyList<string> Expected { get; }

        public byte[] Original(string assembly) => _files[assembly].Bytes;

        public string FileName(string assembly) => _files[assembly].FileName;

        /// <summary>A new folder holding the filled cache.</summary>
        public string Copy(string name)
        {
            var folder = Path.Combine(_root, name);
            Directory.CreateDirectory(folder);
            foreach (var (fileName, bytes) in _files.Values)
            {
                File.WriteAllBytes(Path.Combine(folder, fileName), bytes);
            }

            return folder;
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);

        /// <summary>Checks the broken sample against its own fitness.json, with or without a cache, and describes what the check and the model say.</summary>
        public static (List<string> Lines, CodeBase CodeBase) Check(string? cacheDirectory)
        {
            var config = FitnessConfig.Load(Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json"));
            var codeBase = CodeBase.Load(config.Assemblies, new LoadOptions { CacheDirectory = cacheDirectory });
            var report = FitnessCheck.Evaluate(codeBase, config.Map, config.Rules, config.Severities);
            List<string> lines =
            [
                $"Checked {report.Scope}",
                .. report.Violations.Select(v => v.Describe(Repository.Root)),
                .. report.Notes.Select(n => "Undecided: " + n),
                .. codeBase.UnresolvedReferences.Select(u => $"Unresolved: {u.AssemblyName} by {string.Join(", ", u.ReferencedBy)}"),
                .. codeBase.SkippedFiles.Select(s => $"Skipped: {s.Path}: {s.Reason}"),
                .. ModelDescription.Headers(codeBase),
                .. ModelDescription.Decoded(codeBase),
            ];
            return (lines, codeBase);
        }
    }
}
