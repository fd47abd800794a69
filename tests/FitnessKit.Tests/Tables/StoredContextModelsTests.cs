using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Model;
using FitnessKit.Tables;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>
/// The model of each DbContext, kept in the model cache beside the model of the assembly that declares it: a warm check
/// takes it from there only while every assembly its reading asked for is the same build, and reads it from its code
/// otherwise; the catalog is the one a check without a cache builds.
/// </summary>
public sealed class StoredContextModelsTests : IDisposable
{
    private static readonly string Sales = $"{DataSubjects.Prefix}.Sales";
    private static readonly string Outbox = $"{DataSubjects.Prefix}.Outbox";

    private readonly TemporaryFolder _cache = new();

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void A_check_with_a_cache_keeps_the_models_beside_the_assemblies_that_declare_DbContexts()
    {
        // When a check fills an empty cache
        var cold = Catalog(out var codeBase);

        // Then each assembly that declares a DbContext, and only such an assembly, has a file of tables (linq2db's
        // classes, which map themselves, Marten's documents and MongoDB's collections are read from their assembly each time)
        var declaring = cold.Mappings.Where(m => !m.DbContext.Equals(m.Entity) && !m.Table.Name.StartsWith("mt_", StringComparison.Ordinal)
                && !m.Evidence.EndsWith(": a MongoDB collection", StringComparison.Ordinal))
            .Select(m => m.DbContext.Assembly).ToHashSet(StringComparer.Ordinal);
        declaring.Should().Contain(Sales).And.HaveCountGreaterThan(5);
        TablesFiles().Select(f => Path.GetFileName(f)[..Path.GetFileName(f).IndexOf('.', DataSubjects.Prefix.Length + 1)])
            .Should().BeEquivalentTo(declaring);
        codeBase.DamagedCacheFiles.Should().BeEmpty();
    }

    [Fact]
    public void A_warm_check_builds_the_catalog_a_check_without_a_cache_builds()
    {
        // Given a filled cache
        var uncached = TableCatalog.Build(DataSubjects.Map.Resolve(CodeBase.Load(DataSubjects.Source)));
        var cold = Catalog(out _);

        // When the subjects are checked again from it
        var warm = Catalog(out var codeBase);

        // Then mappings, their evidence and places, statements (the functions a model maps among them), notes and owners are the same
        Described(cold).Should().Equal(Described(uncached));
        Described(warm).Should().Equal(Described(uncached));
        warm.Statements.Should().Contain(s => s.Api.EndsWith(".HasDbFunction", StringComparison.Ordinal), "the models' functions are kept too");
        codeBase.DamagedCacheFiles.Should().BeEmpty();
    }

    [Fact]
    public void A_warm_check_takes_a_model_from_the_cache_instead_of_its_code()
    {
        // Given a filled cache whose file for Sales names one of its tables backwards
        var cold = Catalog(out _);
        var table = cold.Mappings.First(m => m.DbContext.Assembly == Sales).Table.Name;
        var backwards = new string([.. table.Reverse()]);
        Reseal(TablesFile(Sales), bytes => Replace(bytes, System.Text.Encoding.UTF8.GetBytes(table), System.Text.Encoding.UTF8.GetBytes(backwards)));

        // When the subjects are checked again
        var warm = Catalog(out var codeBase);

        // Then Sales' model is the file's
        warm.Mappings.Should().Contain(m => m.DbContext.Assembly == Sales && m.Table.Name == backwards);
        cold.Mappings.Should().NotContain(m => m.Table.Name == backwards);
        codeBase.DamagedCacheFiles.Should().BeEmpty();
    }

    [Fact]
    public void A_model_whose_reading_asked_for_another_build_of_an_assembly_is_read_from_its_code_and_kept_again()
    {
        // Given a filled cache whose file for Sales says its reading asked for another build of the outbox library
        var cold = Catalog(out var filled);
        var outbox = filled.Assemblies.Single(a => a.Name == Outbox).Mvid.ToByteArray();
        var another = Guid.NewGuid().ToByteArray();
        Reseal(TablesFile(Sales), bytes => Replace(bytes, outbox, another));
        Count(File.ReadAllBytes(TablesFile(Sales)), outbox).Should().Be(0);

        // When the subjects are checked again, twice
        var reread = Catalog(out _);
        var again = Catalog(out var codeBase);

        // Then Sales' model is read from its code, as the first check read it, and kept with the build it asked for
        Described(reread).Should().Equal(Described(cold));
        Described(again).Should().Equal(Described(cold));
        Count(File.ReadAllBytes(TablesFile(Sales)), outbox).Should().BePositive();
        codeBase.DamagedCacheFiles.Should().BeEmpty();
    }

    [Fact]
    public void A_damaged_file_of_tables_is_noted_and_its_models_are_read_from_their_code()
    {
        // Given a filled cache whose file for Sales has a byte changed after its checksum was taken
        var cold = Catalog(out _);
        var file = TablesFile(Sales);
        var bytes = File.ReadAllBytes(file);
        bytes[ModelCache.BesideHeaderLength + 2] ^= 0x40;
        File.WriteAllBytes(file, bytes);

        // When the subjects are checked again, and again
        var damaged = Catalog(out var codeBase);
        var next = Catalog(out var nextCodeBase);

        // Then the damage is noted with Sales' assembly, the catalog is the first check's, and the file whole again
        var note = codeBase.DamagedCacheFiles.Should().ContainSingle().Which;
        note.CacheFile.Should().Be(file);
        note.Reason.Should().Contain("checksum");
        note.AssemblyPath.Should().Be(Repository.Subject(Sales));
        Described(damaged).Should().Equal(Described(cold));
        nextCodeBase.DamagedCacheFiles.Should().BeEmpty();
        Described(next).Should().Equal(Described(cold));
    }

    [Fact]
    public void A_sealed_file_of_tables_that_does_not_decode_is_noted_and_its_models_are_read_from_their_code()
    {
        // Given a filled cache whose file for Sales, sealed whole, ends in the middle of its first model
        var cold = Catalog(out _);
        var file = TablesFile(Sales);
        Reseal(file, bytes => bytes[..(ModelCache.BesideHeaderLength + 40)]);

        // When the subjects are checked again
        var damaged = Catalog(out var codeBase);

        // Then the file is noted as one that cannot be decoded, and the models are read as they were
        codeBase.DamagedCacheFiles.Should().ContainSingle().Which.Reason.Should().Contain("cannot be decoded");
        Described(damaged).Should().Equal(Described(cold));
    }

    [Fact]
    public void The_long_way_reads_every_model_from_its_code()
    {
        // Given a filled cache whose file for Sales names one of its tables backwards
        var cold = Catalog(out _);
        var table = cold.Mappings.First(m => m.DbContext.Assembly == Sales).Table.Name;
        Reseal(TablesFile(Sales), bytes => Replace(bytes, System.Text.Encoding.UTF8.GetBytes(table), System.Text.Encoding.UTF8.GetBytes(new string([.. table.Reverse()]))));

        // When the subjects are checked again with every shortcut off
        TableCatalog warm;
        using (Shortcuts.TurnOff())
        {
            warm = Catalog(out _);
        }

        // Then no model is the file's
        Described(warm).Should().Equal(Described(cold));
    }

    [Fact]
    public void A_model_is_taken_only_for_the_dialect_and_naming_convention_it_was_read_in()
    {
        // Given Sales' first DbContext read and kept in PostgreSQL, with no naming convention
        var codeBase = CodeBase.Load(DataSubjects.Source, new LoadOptions { CacheDirectory = _cache.Path });
        var sales = codeBase.Assemblies.Single(a => a.Name == Sales);
        var context = TableCatalog.Build(DataSubjects.Map.Resolve(CodeBase.Load(DataSubjects.Source))).Mappings.First(m => m.DbContext.Assembly == Sales).DbContext;
        var (read, _) = DbContextModels.Read(codeBase.PathOf, [context], [SqlDialectName.PostgreSql], 1, [null], new StoredContextModels(codeBase.Cache!, codeBase, [sales]));

        // When it is asked for again, in the same dialect and convention, in another dialect, and with a convention
        var stored = new StoredContextModels(codeBase.Cache!, codeBase, [sales]);
        var same = stored.Find(0, context, SqlDialectName.PostgreSql, null);
        var otherDialect = stored.Find(0, context, SqlDialectName.SqlServer, null);
        var otherNaming = stored.Find(0, context, SqlDialectName.PostgreSql, NamingConvention.Of("UseSnakeCaseNamingConvention"));

        // Then only the same question is answered, with the model read
        same.Should().NotBeNull();
        same!.Mappings.Should().Equal(read[0].Mappings).And.NotBeEmpty();
        same.Notes.Should().Equal(read[0].Notes);
        same.DefaultSchema.Should().Be(read[0].DefaultSchema);
        otherDialect.Should().BeNull();
        otherNaming.Should().BeNull();
    }

    private TableCatalog Catalog(out CodeBase codeBase)
    {
        codeBase = CodeBase.Load(DataSubjects.Source, new LoadOptions { CacheDirectory = _cache.Path });
        return TableCatalog.Build(DataSubjects.Map.Resolve(codeBase));
    }

    private static IEnumerable<string> Described(TableCatalog catalog) =>
    [
        .. catalog.Mappings.Select(m => $"{m.Table} {m.Kind} {m.DbContext} {m.Entity} {m.Dialect} {m.Evidence} at {m.Location}"),
        .. catalog.Statements.Select(s => $"{s.SourceType}.{s.SourceMember} {s.Api} {s.Text} at {s.Location}"),
        .. catalog.Tables.Select(t => $"{t.Table} owned by {t.Owner}"),
        .. catalog.Notes,
    ];

    private string[] TablesFiles() => Directory.GetFiles(_cache.Path, "*.fkct");

    private string TablesFile(string assembly) => TablesFiles().Single(f => Path.GetFileName(f).StartsWith(assembly + ".", StringComparison.Ordinal));

    /// <summary>Changes a file's content and seals it again, as the cache seals its files.</summary>
    private static void Reseal(string file, Func<byte[], byte[]> change)
    {
        var content = change(File.ReadAllBytes(file)[..^CacheFileSeal.Length]);
        using var stream = File.Create(file);
        CacheFileSeal.Write(stream, content);
    }

    private static byte[] Replace(byte[] bytes, byte[] what, byte[] with)
    {
        for (var at = bytes.AsSpan().IndexOf(what); at >= 0; at = bytes.AsSpan().IndexOf(what) is var next && next >= 0 ? next : -1)
        {
            with.CopyTo(bytes, at);
        }

        return bytes;
    }

    private static int Count(byte[] bytes, byte[] what)
    {
        var count = 0;
        for (var from = 0; bytes.AsSpan(from).IndexOf(what) is var at && at >= 0; from += at + what.Length)
        {
            count++;
        }

        return count;
    }
}
