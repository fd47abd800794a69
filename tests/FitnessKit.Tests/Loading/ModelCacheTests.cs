using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>The persistent cache gives the same model as a fresh read, and never a stale one.</summary>
public sealed class ModelCacheTests : IDisposable
{
    private const string Kinds = "FitnessKit.Subjects.DependencyKinds";
    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CacheDirectory => Path.Combine(_folder, "cache");

    [Fact]
    public void A_cached_read_gives_the_same_types_and_dependencies_as_a_fresh_read()
    {
        var source = AssemblySource.Files(Repository.Subject(Kinds));
        var fresh = CodeBase.Load(source);

        var first = CodeBase.Load(source, new LoadOptions { CacheDirectory = CacheDirectory });
        ModelDescription.Decoded(first).Should().Equal(ModelDescription.Decoded(fresh));
        var second = CodeBase.Load(source, new LoadOptions { CacheDirectory = CacheDirectory });

        Directory.GetFiles(CacheDirectory).Should().ContainSingle().Which.Should().Contain(Kinds);
        ModelDescription.Decoded(second).Should().Equal(ModelDescription.Decoded(fresh));
        second.Types.Select(t => (t.FullName, t.BaseType?.Type.FullName, t.IsVisibleOutsideAssembly, t.Category))
            .Should().Equal(fresh.Types.Select(t => (t.FullName, t.BaseType?.Type.FullName, t.IsVisibleOutsideAssembly, t.Category)));
    }

    [Fact]
    public void A_cache_file_written_after_another_on_the_same_thread_holds_only_its_own_assembly()
    {
        var kinds = Repository.Subject(Kinds);
        var targets = Repository.Subject("FitnessKit.Subjects.Targets");
        var both = Path.Combine(_folder, "both");
        var alone = Path.Combine(_folder, "alone");

        // Each on a thread of its own, its assemblies decoded one after the other on that thread: each is written to the
        // cache by the thread's one writer, which starts empty.
        DecodeOnANewThread(both, kinds, targets);
        DecodeOnANewThread(alone, targets);

        var written = Directory.GetFiles(alone).Should().ContainSingle().Subject;
        File.ReadAllBytes(Path.Combine(both, Path.GetFileName(written))).Should().Equal(File.ReadAllBytes(written), "nothing of the assembly written before it is left in the writer");
    }

    [Fact]
    public void A_cached_read_tells_an_application_from_a_library_as_a_fresh_read_does()
    {
        var layout = LayoutSubjects.Output(LayoutSubjects.ModularMonolith);
        var source = AssemblySource.Files(Path.Combine(layout, "Acme.Shop.API.dll"), Path.Combine(layout, "Acme.Shop.Modules.Orders.Domain.dll"));

        var fresh = CodeBase.Load(source, new LoadOptions { CacheDirectory = CacheDirectory });
        // A question writes the headers of the assemblies it reads without decoding them.
        _ = CodeBase.Load(source, new LoadOptions { CacheDirectory = CacheDirectory }).TypesDependingOn(t => t.Name == "NoSuchType");
        var cached = CodeBase.Load(source, new LoadOptions { CacheDirectory = CacheDirectory });

        Directory.GetFiles(CacheDirectory).Should().HaveCount(2);
        fresh.Assemblies.Select(a => (a.Name, a.HasEntryPoint)).Should().Equal(("Acme.Shop.API", true), ("Acme.Shop.Modules.Orders.Domain", false));
        cached.Assemblies.Select(a => (a.Name, a.HasEntryPoint)).Should().Equal(fresh.Assemblies.Select(a => (a.Name, a.HasEntryPoint)));
    }

    [Fact]
    public void A_rebuilt_assembly_at_the_same_path_is_read_again_not_taken_from_the_cache()
    {
        var path = Path.Combine(_folder, "Subject.dll");
        File.Copy(Repository.Subject(Kinds), path);
        CodeBase.Load(AssemblySource.Files(path), new LoadOptions { CacheDirectory = CacheDirectory }).Types.SelectMany(t => t.Dependencies).Should().NotBeEmpty();

        // Another build lands at the same path: a different assembly identity and MVID.
        File.Copy(Repository.Subject("FitnessKit.Subjects.Targets"), path, overwrite: true);
        var reread = CodeBase.Load(AssemblySource.Files(path), new LoadOptions { CacheDirectory = CacheDirectory });

        reread.Assemblies.Should().ContainSingle().Which.Name.Should().Be("FitnessKit.Subjects.Targets");
        reread.Types.Should().NotContain(t => t.Name.Namespace.StartsWith(Kinds, StringComparison.Ordinal));
    }

    [Fact]
    public void Loading_with_a_cache_writes_nothing_and_a_check_writes_only_the_assemblies_it_decodes()
    {
        var layout = LayoutSubjects.Output(LayoutSubjects.ModularMonolith);
        var source = AssemblySource.Files(Path.Combine(layout, "Acme.Shop.Modules.Orders.Domain.dll"), Path.Combine(layout, "Microsoft.Extensions.Logging.Abstractions.dll"));
        var map = ContextMap.Define().Context("Orders", c => c.Assemblies("Acme.Shop.Modules.Orders.*")).Build();

        var loaded = LoadCached(source);
        Directory.Exists(CacheDirectory).Should().BeFalse("a load reads, and the cache holds what a run decoded or a question read");
        var report = FitnessCheck.Evaluate(loaded, map);

        report.Violations.Should().BeEmpty();
        Directory.GetFiles(CacheDirectory).Select(Path.GetFileName).Should().ContainSingle()
            .Which.Should().StartWith("Acme.Shop.Modules.Orders.Domain.", "the package beside the context, which no rule reads, is passed by, its headers not written");
        var warm = LoadCached(source);
        FitnessCheck.Evaluate(warm, map).Violations.Should().BeEmpty();
        ModelDescription.Decoded(warm).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
    }

    [Fact]
    public void Every_type_read_with_a_cache_writes_the_headers_of_the_assemblies_read_for_it_which_the_next_run_reads_from_there()
    {
        var layout = LayoutSubjects.Output(LayoutSubjects.ModularMonolith);
        const string Package = "Microsoft.Extensions.Logging.Abstractions";
        var source = AssemblySource.Files(Path.Combine(layout, "Acme.Shop.Modules.Orders.Domain.dll"), Path.Combine(layout, Package + ".dll"));
        var fresh = CodeBase.Load(source);
        fresh.Assemblies.Single(a => a.Name == Package).TypesRead.Should().BeFalse("a package's headers are read when asked for");

        _ = LoadCached(source).Types.Count();

        Directory.GetFiles(CacheDirectory).Select(Path.GetFileName).Should().ContainSingle()
            .Which.Should().StartWith(Package + ".", "the package's headers were read for every type; the system's assembly was read when loaded, and is written once decoded");
        var warm = LoadCached(source);
        warm.Assemblies.Single(a => a.Name == Package).TypesRead.Should().BeTrue("its headers come from the cache as it loads");
        ModelDescription.Headers(warm).Should().Equal(ModelDescription.Headers(fresh));
        ModelDescription.Decoded(warm).Should().Equal(ModelDescription.Decoded(fresh), "its members and code are decoded from its own file");
    }

    [Fact]
    public void A_question_writes_the_headers_of_an_assembly_with_no_types_of_its_own_as_of_any_other()
    {
        // A facade of the runtime: only type forwarders, no type of its own, and still an assembly a warm run finds cached
        var facade = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "System.Runtime.dll");
        var source = AssemblySource.Files(facade, Repository.Subject(Kinds));
        LoadCached(source).Assemblies.Should().Contain(a => a.Name == "System.Runtime" && a.Types.Count == 0);

        LoadCached(source).TypesDependingOn(t => t.Name == "NoSuchType").Should().BeEmpty();

        Directory.GetFiles(CacheDirectory).Select(Path.GetFileName).Should().HaveCount(2)
            .And.Contain(f => f!.StartsWith("System.Runtime.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assembly_written_type_by_type_as_a_check_decodes_it_is_the_same_file_as_one_written_once_it_is_decoded()
    {
        var source = AssemblySource.Files(Repository.Subject(Kinds));
        var map = ContextMap.Define().Context("Scenarios", c => c.Assemblies(Kinds)).Build();
        var byCheck = Path.Combine(_folder, "check");
        var whole = Path.Combine(_folder, "whole");

        // A check decodes the assembly for the cache, each type handed to the file as it is decoded; reading every
        // dependency decodes it in full, then writes it
        _ = FitnessCheck.Evaluate(CodeBase.Load(source, new LoadOptions { CacheDirectory = byCheck }), map);
        _ = CodeBase.Load(source, new LoadOptions { CacheDirectory = whole }).Types.SelectMany(t => t.Dependencies).ToList();

        var written = Directory.GetFiles(byCheck).Should().ContainSingle().Subject;
        File.ReadAllBytes(written).Should().Equal(File.ReadAllBytes(Path.Combine(whole, Path.GetFileName(written))));
        ModelDescription.Decoded(CodeBase.Load(source, new LoadOptions { CacheDirectory = byCheck })).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
    }

    [Fact]
    public void An_assembly_a_question_reads_without_decoding_is_cached_with_its_headers_then_decoded_from_its_file_and_cached_whole()
    {
        var source = AssemblySource.Files(Repository.Subject(Kinds));
        var fresh = CodeBase.Load(source);
        LoadCached(source).TypesDependingOn(t => t.Name == "NoSuchType").Should().BeEmpty();
        var cacheFile = Directory.GetFiles(CacheDirectory).Single();
        var headersOnly = new FileInfo(cacheFile).Length;

        var second = LoadCached(source);

        ModelDescription.Headers(second).Should().Equal(ModelDescription.Headers(fresh));
        ModelDescription.Decoded(second).Should().Equal(ModelDescription.Decoded(fresh), "the members and code are decoded from the assembly file");
        new FileInfo(cacheFile).Length.Should().BeGreaterThan(headersOnly, "the decoded assembly is written over its headers");
        var third = LoadCached(source);
        ModelDescription.Headers(third).Should().Equal(ModelDescription.Headers(fresh));
        ModelDescription.Decoded(third).Should().Equal(ModelDescription.Decoded(fresh));
    }

    [Fact]
    public void An_assembly_replaced_by_another_build_before_its_cached_headers_are_decoded_is_an_error_naming_it()
    {
        var path = Path.Combine(_folder, "Subject.dll");
        File.Copy(Repository.Subject(Kinds), path);
        _ = LoadCached(AssemblySource.Files(path));
        var loaded = LoadCached(AssemblySource.Files(path));

        // The first load holds its file open until it is decoded: the new build is moved over the path.
        var newBuild = Path.Combine(_folder, "NewBuild.dll");
        File.Copy(Repository.Subject("FitnessKit.Subjects.Targets"), newBuild);
        File.Move(newBuild, path, overwrite: true);
        var decode = () => loaded.Types.SelectMany(t => t.Dependencies).ToList();

        decode.Should().Throw<FitnessKitException>()
            .Which.Message.Should().Contain(path).And.Contain("replaced by another build").And.Contain("Run again");
        decode.Should().Throw<FitnessKitException>("asked again, the assembly fails the same way, never with no dependencies")
            .Which.Message.Should().Contain("replaced by another build");
    }

    [Fact]
    public void An_assembly_cut_short_after_it_was_cached_is_reported_as_damaged_not_read_from_the_cache()
    {
        var path = Path.Combine(_folder, "Subject.dll");
        File.Copy(Repository.Subject(Kinds), path);
        _ = LoadCached(AssemblySource.Files(path)).Types.First().Dependencies;
        // Cut right after the GUID heap, which holds the MVID: the blob heap after it, and the rest of the file, are gone.
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..EndOfGuidHeap(path)]);

        var load = () => LoadCached(AssemblySource.Files(path));

        load.Should().Throw<FitnessKitException>().Which.Message.Should().Contain(path).And.Contain("not a readable .NET assembly");
    }

    [Fact]
    public void A_damaged_cache_file_is_ignored_and_the_assembly_read_from_its_file()
    {
        var (source, cacheFile) = CacheOnce();
        File.WriteAllBytes(cacheFile, [.. File.ReadAllBytes(cacheFile).Take(40)]);

        var loaded = LoadCached(source);

        ModelDescription.Decoded(loaded).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
        ShouldNoteOnly(loaded, cacheFile, "does not end with its trailer");
    }

    [Fact]
    public void A_cache_file_cut_short_at_its_end_is_ignored_and_the_assembly_read_from_its_file()
    {
        var (source, cacheFile) = CacheOnce();
        File.WriteAllBytes(cacheFile, File.ReadAllBytes(cacheFile)[..^1]);

        var loaded = LoadCached(source);

        ModelDescription.Decoded(loaded).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
        ShouldNoteOnly(loaded, cacheFile, "does not end with its trailer");
    }

    [Fact]
    public void A_cache_file_damaged_inside_is_noted_and_its_assembly_read_from_its_file_and_cached_again()
    {
        // The headers and the trailer stay whole; the last details before the seal (each type ends with its
        // dependencies) are overwritten with 0xFF bytes, which read as counts longer than any file.
        var (source, cacheFile) = CacheOnce();
        var bytes = File.ReadAllBytes(cacheFile);
        Array.Fill(bytes, (byte)0xFF, bytes.Length - 24, 12);
        File.WriteAllBytes(cacheFile, bytes);
        var fresh = CodeBase.Load(source);

        var damaged = LoadCached(source);

        ModelDescription.Headers(damaged).Should().Equal(ModelDescription.Headers(fresh));
        ModelDescription.Decoded(damaged).Should().Equal(ModelDescription.Decoded(fresh));
        ShouldNoteOnly(damaged, cacheFile, "its checksum does not match its content");
        var next = LoadCached(source);
        ModelDescription.Decoded(next).Should().Equal(ModelDescription.Decoded(fresh));
        next.DamagedCacheFiles.Should().BeEmpty("the damaged file was written again when its assembly was read");
    }

    [Fact]
    public void A_cache_file_counting_more_items_than_it_holds_is_ignored_not_allocated()
    {
        // After the magic, the format version and the MVID (24 bytes) comes the count of strings: make it int.MaxValue,
        // and seal the file again, as a writer with a bug would, so that it passes its checksum.
        var (source, cacheFile) = CacheOnce();
        var bytes = File.ReadAllBytes(cacheFile);
        byte[] huge = [0xFF, 0xFF, 0xFF, 0xFF, 0x07];
        huge.CopyTo(bytes, 24);
        Reseal(cacheFile, bytes);

        var loaded = LoadCached(source);

        ModelDescription.Decoded(loaded).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
        ShouldNoteOnly(loaded, cacheFile, "it cannot be decoded (a count larger than the cache file)");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_cache_file_whose_checksum_matches_but_whose_details_cannot_be_decoded_is_noted_and_its_details_read_from_the_assembly_file(bool queriedFirst)
    {
        // The details are decoded after the headers, when first asked for (by a query, or by reading the
        // dependencies): damaged as in a writer's bug, behind a checksum that matches.
        var (source, cacheFile) = CacheOnce();
        var original = File.ReadAllBytes(cacheFile);
        var bytes = original.ToArray();
        Array.Fill(bytes, (byte)0xFF, bytes.Length - 24, 12);
        Reseal(cacheFile, bytes);
        var fresh = CodeBase.Load(source);

        var damaged = LoadCached(source);
        damaged.DamagedCacheFiles.Should().BeEmpty("the headers are whole and read from the cache");
        var answer = queriedFirst ? damaged.TypesDependingOn(t => t.Namespace.StartsWith("System.Collections", StringComparison.Ordinal)) : null;

        ModelDescription.Decoded(damaged).Should().Equal(ModelDescription.Decoded(fresh));
        answer?.Should().Equal(fresh.TypesDependingOn(t => t.Namespace.StartsWith("System.Collections", StringComparison.Ordinal)), (a, b) => a.FullName == b.FullName);
        ShouldNoteOnly(damaged, cacheFile, "it cannot be decoded");
        File.ReadAllBytes(cacheFile).Should().Equal(original, "the assembly decoded from its file was written again");
    }

    [Fact]
    public void A_cache_file_of_another_format_version_is_read_from_the_assembly_without_a_note()
    {
        // The format version follows the magic: an older FitnessKit's file is not damaged, only of no use.
        var (source, cacheFile) = CacheOnce();
        var bytes = File.ReadAllBytes(cacheFile);
        BitConverter.GetBytes(4).CopyTo(bytes, 4);
        File.WriteAllBytes(cacheFile, bytes);

        var loaded = LoadCached(source);

        ModelDescription.Decoded(loaded).Should().Equal(ModelDescription.Decoded(CodeBase.Load(source)));
        loaded.DamagedCacheFiles.Should().BeEmpty();
    }

    private static int EndOfGuidHeap(string path)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return pe.PEHeaders.MetadataStartOffset
            + System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapMetadataOffset(metadata, System.Reflection.Metadata.Ecma335.HeapIndex.Guid)
            + System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(metadata, System.Reflection.Metadata.Ecma335.HeapIndex.Guid);
    }

    /// <summary>Asserts that the load noted one damaged cache file, this one, with the subject read in its place.</summary>
    private static void ShouldNoteOnly(CodeBase loaded, string cacheFile, string reason)
    {
        var note = loaded.DamagedCacheFiles.Should().ContainSingle().Which;
        note.CacheFile.Should().Be(cacheFile);
        note.AssemblyPath.Should().Be(Repository.Subject(Kinds));
        note.Reason.Should().Contain(reason);
    }

    /// <summary>Writes damaged content with a checksum that matches it: what a writer with a bug would leave.</summary>
    private static void Reseal(string cacheFile, byte[] bytes)
    {
        using var stream = File.Create(cacheFile);
        FitnessKit.Loading.CacheFileSeal.Write(stream, bytes.AsSpan(0, bytes.Length - FitnessKit.Loading.CacheFileSeal.Length));
    }

    /// <summary>Reads the subject once with the cache, so that its file is written, and gives that file.</summary>
    private (AssemblySource Source, string CacheFile) CacheOnce()
    {
        var source = AssemblySource.Files(Repository.Subject(Kinds));
        _ = LoadCached(source).Types.First().Dependencies;
        return (source, Directory.GetFiles(CacheDirectory).Single());
    }

    [Fact]
    public void A_cache_file_let_go_after_loading_is_read_again_for_questions_and_decoding()
    {
        // Given a cache filled with the decoded assembly, and a load that holds none of its files' bytes
        var source = AssemblySource.Files(Repository.Subject(Kinds), Repository.Subject("FitnessKit.Subjects.Targets"));
        var fresh = CodeBase.Load(source);
        ModelDescription.Decoded(LoadCached(source)).Should().Equal(ModelDescription.Decoded(fresh));
        var loaded = CodeBase.Load(source, new LoadOptions { CacheDirectory = CacheDirectory, CacheBytesHeld = 0 });

        // When it is asked a question twice, then decoded
        static bool Target(TypeName name) => name.Namespace.StartsWith("FitnessKit.Subjects.Targets", StringComparison.Ordinal);
        var answers = new[] { loaded.TypesDependingOn(Target), loaded.TypesDependingOn(Target) };

        // Then each answer and the model are the fresh read's, and no cache file is called damaged
        var expected = fresh.TypesDependingOn(Target).Select(t => t.FullName).ToList();
        expected.Should().NotBeEmpty();
        answers.Should().AllSatisfy(answer => answer.Select(t => t.FullName).Should().Equal(expected));
        ModelDescription.Decoded(loaded).Should().Equal(ModelDescription.Decoded(fresh));
        loaded.DamagedCacheFiles.Should().BeEmpty();
    }

    [Theory]
    [InlineData("deleted")]
    [InlineData("replaced")]
    public void A_cache_file_gone_or_replaced_after_loading_has_its_assembly_decoded_from_its_own_file(string change)
    {
        // Given a load from a full cache that let its files' bytes go, and its files then deleted or replaced
        var source = AssemblySource.Files(Repository.Subject(Kinds));
        var fresh = CodeBase.Load(source);
        _ = ModelDescription.Decoded(LoadCached(source));
        var loaded = CodeBase.Load(source, new LoadOptions { CacheDirectory = CacheDirectory, CacheBytesHeld = 0 });
        var cacheFile = Directory.GetFiles(CacheDirectory).Single();
        if (change == "deleted")
        {
            File.Delete(cacheFile);
        }
        else
        {
            // Another sealed file of the same length, as another run could write: whole, but not the one loaded.
            var content = File.ReadAllBytes(cacheFile)[..^CacheFileSeal.Length];
            content[^1] ^= 0x5A;
            using (var stream = File.Create(cacheFile))
            {
                CacheFileSeal.Write(stream, content);
            }

            new FileInfo(cacheFile).Length.Should().Be(content.Length + CacheFileSeal.Length);
        }

        // When its assembly is decoded, then the model is the fresh read's, from the assembly file
        ModelDescription.Decoded(loaded).Should().Equal(ModelDescription.Decoded(fresh));
        loaded.DamagedCacheFiles.Should().BeEmpty("the file was whole when it was loaded");
    }

    private static void DecodeOnANewThread(string cache, params string[] files)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                _ = CodeBase.Load(AssemblySource.Files(files), new LoadOptions { CacheDirectory = cache, MaxDegreeOfParallelism = 1 }).Types.Sum(t => t.Dependencies.Count);
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        });
        thread.Start();
        thread.Join();
        failure.Should().BeNull();
    }

    [Fact]
    public void Writing_a_new_build_deletes_the_files_of_older_builds_of_its_assembly_but_the_two_last_written()
    {
        // Given a cache with V1 of a contract assembly, written an hour ago, three older builds of it (the oldest with its
        // calls between contexts, the next with its tables), and an old build of another assembly
        _ = LoadCached(AssemblySource.Files(FitnessKit.Tests.Contracts.ContractBuilds.V1)).Types.First().Dependencies;
        var v1 = Directory.GetFiles(CacheDirectory).Should().ContainSingle().Subject;
        File.SetLastWriteTimeUtc(v1, DateTime.UtcNow.AddHours(-1));
        var older = Enumerable.Range(1, 3).Select(days => OlderBuild("FitnessKit.Subjects.Contracts", DateTime.UtcNow.AddDays(-days))).ToList();
        File.WriteAllText(Path.ChangeExtension(older[2], ".fkcc"), "calls");
        File.WriteAllText(Path.ChangeExtension(older[1], ".fkct"), "tables");
        var other = OlderBuild(Kinds, DateTime.UtcNow.AddDays(-30));

        // When V2 is decoded with the cache, which writes its file
        _ = LoadCached(AssemblySource.Files(FitnessKit.Tests.Contracts.ContractBuilds.V2)).Types.First().Dependencies;

        // Then V2's file is written, V1 and the newest older build are kept, the two others deleted with their calls
        // and tables, and the other assembly's build kept
        var v2 = Directory.GetFiles(CacheDirectory).Except([v1, .. older, other]).Should().ContainSingle().Subject;
        Path.GetFileName(v2).Should().StartWith("FitnessKit.Subjects.Contracts.").And.EndWith(".fkmc");
        Directory.GetFiles(CacheDirectory).Should().BeEquivalentTo([v2, v1, older[0], other]);
    }

    /// <summary>Writes the file of a build of an assembly that no run here loads, written at a time.</summary>
    private string OlderBuild(string assembly, DateTime written)
    {
        var file = Path.Combine(CacheDirectory, $"{assembly}.{Guid.NewGuid():N}.fkmc");
        File.WriteAllText(file, "an older build");
        File.SetLastWriteTimeUtc(file, written);
        return file;
    }

    private CodeBase LoadCached(AssemblySource source) => CodeBase.Load(source, new LoadOptions { CacheDirectory = CacheDirectory });
}
