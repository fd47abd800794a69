using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;

namespace FitnessKit.Benchmarks;

/// <summary>
/// Writes and compiles a synthetic system of N bounded contexts with M domain types each: a Contracts, a domain and an
/// Infrastructure assembly per context (with an EF Core DbContext, configurations and entities), plus planted
/// violations of every rule and planted uses of System.Text.Json, some of them only through a called member's
/// signature. Compiled once per size with Roslyn and kept under artifacts/benchmarks/synthetic.
/// </summary>
internal static class SyntheticCorpus
{
    /// <summary>Every this many domain types, one calls System.Text.Json directly.</summary>
    public const int JsonEvery = 25;

    public static string Folder(string root, SyntheticSize size) =>
        Path.Combine(root, "artifacts", "benchmarks", "synthetic", size.ToString());

    /// <summary>Writes and compiles the corpus of a size unless it is there already; returns whether it compiled it.</summary>
    public static bool Ensure(string root, SyntheticSize size)
    {
        var folder = Folder(root, size);
        var marker = Path.Combine(folder, "fitness.json");
        if (File.Exists(marker))
        {
            return false;
        }

        Directory.CreateDirectory(folder);
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Distinct(StringComparer.Ordinal)
            .Where(File.Exists)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        List<MetadataReference> efCore =
        [
            MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "Microsoft.EntityFrameworkCore.dll")),
            MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "Microsoft.EntityFrameworkCore.Abstractions.dll")),
        ];
        MetadataReference Built(string name) => MetadataReference.CreateFromFile(Path.Combine(folder, name + ".dll"));

        // Each assembly is compiled against only what it uses, in three waves of independent compilations on every
        // core: the contracts; then the domains that use no other domain and the infrastructure; then the domains
        // that reach into the previous context's domain (the planted FK001 violations, in odd contexts only).
        var contexts = Enumerable.Range(0, size.Contexts).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Compile(folder, "Synth.SharedEntities", SharedEntities(), framework, size.Symbols);
        Parallel.ForEach(contexts, parallel, c => Compile(folder, $"Synth.C{c:00}.Contracts", Contracts(c, size.Types), framework, size.Symbols));
        List<MetadataReference> DomainReferences(int c) =>
        [
            .. framework,
            Built($"Synth.C{c:00}.Contracts"),
            .. c > 0 ? [Built($"Synth.C{c - 1:00}.Contracts")] : Array.Empty<MetadataReference>(),
            .. c % 2 == 1 ? [Built($"Synth.C{c - 1:00}")] : Array.Empty<MetadataReference>(),
        ];
        var infrastructure = contexts.Select(c => (Name: $"Synth.C{c:00}.Infrastructure", Source: (Func<string>)(() => Infrastructure(c, size.Types)), References: (Func<List<MetadataReference>>)(() => [.. framework, .. efCore, Built("Synth.SharedEntities")])));
        var domains = contexts.Select(c => (Name: $"Synth.C{c:00}", Source: (Func<string>)(() => Domain(c, size)), References: (Func<List<MetadataReference>>)(() => DomainReferences(c))));
        Parallel.ForEach(domains.Where((_, c) => c % 2 == 0).Concat(infrastructure), parallel, a => Compile(folder, a.Name, a.Source(), a.References(), size.Symbols));
        Parallel.ForEach(domains.Where((_, c) => c % 2 == 1), parallel, a => Compile(folder, a.Name, a.Source(), a.References(), size.Symbols));
        File.WriteAllText(marker, Config(size.Contexts));
        return true;
    }

    /// <summary>
    /// Compiles one assembly; with <paramref name="symbols"/>, as a build does, with its portable PDB beside it and its
    /// source where the PDB says it is (src/, under the corpus), so that a check locates every violation in a file
    /// and finds each type's declaration line in it.
    /// </summary>
    private static void Compile(string folder, string name, string source, List<MetadataReference> references, bool symbols)
    {
        var sourcePath = symbols ? Path.Combine(folder, "src", name + ".cs") : name + ".cs";
        if (symbols)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
            File.WriteAllText(sourcePath, source, Encoding.UTF8);
        }

        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: sourcePath, encoding: Encoding.UTF8);
        var compilation = CSharpCompilation.Create(name, [tree], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Disable));
        using var stream = new MemoryStream();
        using var pdb = symbols ? new MemoryStream() : null;
        var result = compilation.Emit(stream, pdb, options: symbols ? new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb, pdbFilePath: Path.Combine(folder, name + ".pdb")) : null);
        if (!result.Success)
        {
            throw new InvalidOperationException($"{name}: {string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5))}");
        }

        File.WriteAllBytes(Path.Combine(folder, name + ".dll"), stream.ToArray());
        if (pdb is not null)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".pdb"), pdb.ToArray());
        }
    }

    private static string SharedEntities() => """
        namespace Synth.SharedEntities;
        public class SharedCustomer { public System.Guid Id { get; set; } public string Name { get; set; } }
        """;

    private static string Contracts(int c, int types)
    {
        var text = new StringBuilder($"namespace Synth.C{c:00}.Contracts;\n");
        for (var k = 0; k < Math.Max(1, types / 10); k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"public sealed record C{c:00}Event{k}(System.Guid Id, string Name, decimal Amount);\n");
        }

        return text.ToString();
    }

    private static string Domain(int c, SyntheticSize size)
    {
        var types = size.Types;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"using System; using System.Collections.Generic; using System.Linq; using System.Threading.Tasks;\nnamespace Synth.C{c:00};\n");
        for (var t = 0; t < types; t++)
        {
            var previous = t == 0 ? "object" : $"Type{t - 1}";
            text.Append(CultureInfo.InvariantCulture, $$"""
                public class Type{{t}}
                {
                    private readonly List<{{previous}}> _items = new();
                    public int Count => _items.Count;
                    public string Name { get; set; } = "Type{{t}}";
                    public decimal Compute(decimal factor) => _items.Count * factor + {{t}};
                    public IEnumerable<string> Names() => _items.Select(i => i.ToString()).Where(n => n.Length > {{t % 7}});
                    public async Task<int> LoadAsync() { await Task.Yield(); return _items.Count(i => i != null); }
                """);
            if (t % 10 == 0)
            {
                var contract = $"Synth.C{c:00}.Contracts.C{c:00}Event{t / 10 % Math.Max(1, types / 10)}";
                text.Append(CultureInfo.InvariantCulture, $"    public {contract} Publish() => new {contract}(Guid.NewGuid(), Name, Compute(1));\n");
                if (c > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    public string Consume(Synth.C{c - 1:00}.Contracts.C{c - 1:00}Event0 e) => e.Name;\n");
                }
            }

            if (t % JsonEvery == 1)
            {
                text.Append(CultureInfo.InvariantCulture, $"    public string Serialize() => System.Text.Json.JsonSerializer.Serialize(Name);\n");
            }

            if (t % JsonEvery == 2)
            {
                // Only the signature of a called member names System.Text.Json: tools that skip called signatures miss it.
                text.Append(CultureInfo.InvariantCulture, $"    public bool HasRoot() => Json.Parse(Name).GetHashCode() != 0;\n");
            }

            if (c % 2 == 1 && t == 1)
            {
                // Planted FK001: a domain type reaches into the previous context's domain.
                text.Append(CultureInfo.InvariantCulture, $"    public decimal Borrow() => new Synth.C{c - 1:00}.Type0().Compute(2);\n");
            }

            if (c % 2 == 1 && size.ReachEvery > 0 && t % size.ReachEvery == 0)
            {
                // More planted FK001, for a corpus dense in violations: one per reaching type.
                text.Append(CultureInfo.InvariantCulture, $"    public decimal Reach() => new Synth.C{c - 1:00}.Type{t}().Compute(3);\n");
            }

            text.Append("}\n");
        }

        text.Append("internal static class Json { public static System.Text.Json.JsonDocument Parse(string text) => System.Text.Json.JsonDocument.Parse(\"\\\"\" + text + \"\\\"\"); }\n");
        return text.ToString();
    }

    private static string Infrastructure(int c, int types)
    {
        var entities = Math.Max(1, types / 10);
        var access = c % 4 == 2 ? "public" : "internal";
        var text = new StringBuilder($"using Microsoft.EntityFrameworkCore; using Microsoft.EntityFrameworkCore.Metadata.Builders;\nnamespace Synth.C{c:00}.Infrastructure;\n");
        text.Append(CultureInfo.InvariantCulture, $"{access} sealed class C{c:00}DbContext : DbContext\n{{\n");
        for (var k = 0; k < entities; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $"    {(access == "public" ? "internal" : "public")} DbSet<Entity{k}> Entities{k} => Set<Entity{k}>();\n");
        }

        if (c < 2)
        {
            // Planted FK002: the first two contexts both map an entity of a shared package.
            text.Append("    public DbSet<Synth.SharedEntities.SharedCustomer> Customers => Set<Synth.SharedEntities.SharedCustomer>();\n");
        }

        text.Append("    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyConfigurationsFromAssembly(typeof(C" + c.ToString("00", CultureInfo.InvariantCulture) + "DbContext).Assembly);\n}\n");
        for (var k = 0; k < entities; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                internal sealed class Entity{{k}} { public System.Guid Id { get; set; } public string Name { get; set; } public decimal Amount { get; set; } }
                internal sealed class Entity{{k}}Configuration : IEntityTypeConfiguration<Entity{{k}}>
                {
                    public void Configure(EntityTypeBuilder<Entity{{k}}> builder) { builder.HasKey(e => e.Id); builder.Property(e => e.Name).HasMaxLength(200); }
                }

                """);
        }

        return text.ToString();
    }

    private static string Config(int contexts)
    {
        var entries = Enumerable.Range(0, contexts).Select(c =>
            $"    {{ \"name\": \"C{c:00}\", \"assemblies\": [\"Synth.C{c:00}.**\"], \"contracts\": [\"Synth.C{c:00}.Contracts\"] }}");
        return "{\n  \"assemblies\": [\"Synth.*.dll\"],\n  \"contexts\": [\n" + string.Join(",\n", entries) + "\n  ]\n}\n";
    }
}
