using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// Fuzzes the assembly loader with mutated copies of real subjects, in turn: bytes flipped, overwritten or cut off, mostly in their
/// metadata and IL. Property: loading, decoding every type, checking a context map and locating each violation in the
/// PDB either succeeds or throws one <see cref="FitnessKitException"/> naming the file; and a query gives what the
/// decoded dependencies give, probed, through a cache being filled, and from the filled cache. Any other exception, or a hang,
/// fails with a recipe (offset and value of each mutation) that <see cref="Regressions"/> keeps once fixed.
/// </summary>
public sealed class LoaderFuzzTests : IDisposable
{
    private const string Kinds = "FitnessKit.Subjects.DependencyKinds";

    /// <summary>The subjects mutated in turn: every dependency kind; EF Core persistence, whose base types are followed into packages through its deps.json; and SQL sent through Dapper and EF Core, rebuilt from the IL by the interpreter.</summary>
    private static readonly string[] Subjects = [Kinds, "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Data.Reporting"];
    private static readonly Dictionary<string, (byte[] Bytes, int MetadataStart, int MetadataLength)> Originals = Subjects.ToDictionary(s => s, Read);
    private static readonly byte[] Interesting = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0xFE, 0x15, 0x1D, 0x12];

    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-fuzz-").FullName;

    /// <summary>Inputs the fuzzer once broke the loader with: each is a list of (offset, value) mutations of the subject, and a length to cut it to.</summary>
    public static TheoryData<string, string, int[], int> Regressions => new()
    {
        // Each found by the fuzzer (or written for a crash it could find): { "what broke", subject, [offset, value, offset, value, ...], length or -1 }.
        // Offsets are into the subject as the build writes it; a change to its code moves them, and the case stays a valid random input.
        { "a nested-type row that names its own type as its enclosing type (stack overflow)", Kinds, SelfNestingRecipe(), -1 },
        { "a damaged parameter list that Mono.Cecil failed on while locating a violation (ArgumentOutOfRangeException, seed 10123174)", Kinds, [29153, 0x58, 31910, 0x27, 28551, 0xCF, 29402, 0x01, 12378, 0xAD, 24905, 0x53], -1 },
        { "a local signature with an element type Mono.Cecil does not know, met while locating a violation (NotImplementedException, seed 10225826)", Kinds, [19906, 0xC8, 30416, 0xC3, 20122, 0xD2, 26423, 0x15, 30857, 0x23, 32044, 0x45, 12416, 0x4E], -1 },
        { "an IL token with stray high bits, which System.Reflection.Metadata refused to cast (InvalidCastException from decoding, seed 11382854)", Kinds, [24918, 0x49, 9096, 0x2C, 2702, 0x91, 8894, 0x15, 17737, 0x03, 9490, 0x7F, 27519, 0xFF], -1 },
        { "a negative exception-handler offset, which the cache wrote as a negative count and then refused to read (seed 6952818)", "FitnessKit.Subjects.Data.Reporting", [3127, 0xB0], -1 },
        { "a generic instance whose argument count reads as 219 million, which Mono.Cecil followed for minutes while locating a violation (a hang, seed 12435818)", "FitnessKit.Subjects.Rules.Ordering", [13032, 0xD3, 14542, 0xED], -1 },
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Loading_mutated_assemblies_ends_in_success_or_one_FitnessKitException_naming_the_file()
    {
        var (iterations, _) = Fuzzing.Run("loader fuzz", (random, iteration) =>
        {
            var subject = Subjects[iteration % Subjects.Length];
            var (mutations, length) = Mutate(subject, random);
            var recipe = Fuzzing.Recipe(subject, mutations, length);
            return (recipe, () => CheckProperty(subject, Fuzzing.Mutated(Originals[subject].Bytes, mutations, length), Path.Combine(_folder, iteration.ToString(System.Globalization.CultureInfo.InvariantCulture)), recipe));
        });

        iterations.Should().BePositive();
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void Keeps_a_crash_it_found_fixed(string what, string subject, int[] mutations, int length)
    {
        var pairs = mutations.Chunk(2).Select(p => (p[0], (byte)p[1])).ToList();

        CheckProperty(subject, Fuzzing.Mutated(Originals[subject].Bytes, pairs, length), Path.Combine(_folder, "regression"), what);
    }

    /// <summary>The property: nothing but a <see cref="FitnessKitException"/> that names the file escapes.</summary>
    /// <remarks>The subject's build folder is copied (its references, PDBs and deps.json) with the subject replaced by the mutated bytes.</remarks>
    private static void CheckProperty(string subject, byte[] bytes, string folder, string recipe)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(Repository.Subject(subject))!))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var path = Path.Combine(folder, subject + ".dll");
        File.WriteAllBytes(path, bytes);
        try
        {
            var codeBase = CodeBase.Load(AssemblySource.Folder(folder));

            // A query reads before anything is decoded and stops at each type's first match: it must give what the
            // decoded dependencies give.
            var probed = codeBase.TypesDependingOn(Collections).Select(t => t.FullName).ToList();
            codeBase.DecodeAll();
            var decoded = codeBase.Types.Where(t => t.Dependencies.Any(d => Collections(d.Target))).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();
            if (!probed.SequenceEqual(decoded))
            {
                throw new InvalidOperationException($"the query found [{string.Join(", ", probed)}], the decoded dependencies [{string.Join(", ", decoded)}]");
            }

            // With a cache: the first load writes what it read and the query decodes and writes what it reads; the
            // second load answers from the cache.
            for (var run = 1; run <= 2; run++)
            {
                var cached = CodeBase.Load(AssemblySource.Folder(folder), new LoadOptions { CacheDirectory = folder + ".cache" });
                var answer = cached.TypesDependingOn(Collections).Select(t => t.FullName).ToList();
                if (!answer.SequenceEqual(decoded))
                {
                    throw new InvalidOperationException($"the query with a cache (run {run}) found [{string.Join(", ", answer)}], the decoded dependencies [{string.Join(", ", decoded)}]");
                }
            }

            var name = codeBase.Assemblies.FirstOrDefault(a => a.Path == path)?.Name;
            var others = codeBase.Assemblies.Select(a => a.Name).Where(n => n != name).ToArray();
            if (name is null || !IsPlainName(name) || others.Length == 0)
            {
                return;
            }

            var map = ContextMap.Define()
                .Context("Mutated", c => c.Assemblies(name))
                .Context("Others", c => c.Assemblies(others))
                .Build();
            var report = FitnessCheck.Evaluate(codeBase, map);
            _ = report.Violations.Select(v => v.Location).ToList();
        }
        catch (FitnessKitException exception) when (exception.Message.Contains(path, StringComparison.Ordinal) || IsAboutTheMap(exception))
        {
            // The documented outcome for a damaged file, or for a map that no longer fits the damaged names.
        }
        catch (Exception exception) when (exception is not FitnessKitException)
        {
            throw new InvalidOperationException($"Mutations {recipe} escaped as {exception.GetType().Name}: {exception.Message}", exception);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (Directory.Exists(folder + ".cache"))
            {
                Directory.Delete(folder + ".cache", recursive: true);
            }
        }
    }

    private static bool Collections(FitnessKit.Model.TypeName target) => target.Namespace.StartsWith("System.Collections", StringComparison.Ordinal);

    private static bool IsPlainName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '.');

    private static bool IsAboutTheMap(FitnessKitException exception) =>
        exception.Problems.All(p => p.StartsWith("Context '", StringComparison.Ordinal) || p.StartsWith("Assembly ", StringComparison.Ordinal));

    private static (List<(int Offset, byte Value)> Mutations, int Length) Mutate(string subject, Random random)
    {
        var (original, metadataStart, metadataLength) = Originals[subject];
        var mutations = new List<(int, byte)>();
        var count = random.Next(1, 9);
        for (var i = 0; i < count; i++)
        {
            var offset = random.Next(4) == 0 ? random.Next(original.Length) : metadataStart + random.Next(metadataLength);
            var value = random.Next(3) switch
            {
                0 => (byte)(original[offset] ^ (1 << random.Next(8))),
                1 => Interesting[random.Next(Interesting.Length)],
                _ => (byte)random.Next(256),
            };
            mutations.Add((offset, value));
        }

        return (mutations, random.Next(10) == 0 ? random.Next(original.Length) : -1);
    }

    private static (byte[] Bytes, int MetadataStart, int MetadataLength) Read(string subject)
    {
        var bytes = File.ReadAllBytes(Repository.Subject(subject));
        using var pe = new PEReader(new MemoryStream(bytes));
        return (bytes, pe.PEHeaders.MetadataStartOffset, pe.PEHeaders.MetadataSize);
    }

    /// <summary>The first NestedClass row's enclosing type set to its nested type: the recursion this used to cause overflowed the stack.</summary>
    private static int[] SelfNestingRecipe()
    {
        var original = Originals[Kinds].Bytes;
        using var pe = new PEReader(new MemoryStream(original));
        var row = pe.PEHeaders.MetadataStartOffset + pe.GetMetadataReader().GetTableMetadataOffset(TableIndex.NestedClass);
        return [row + 2, original[row], row + 3, original[row + 1]];
    }
}
