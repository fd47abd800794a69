using System.Text.Json;
using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Rules;

namespace FitnessKit.Configuration;

/// <summary>
/// A <c>fitness.json</c> file: the assemblies to inspect (paths and globs relative to the file), the context map, how
/// persistence is recognised, and rule settings. Every problem in it is reported with the file, line and column.
/// </summary>
public sealed class FitnessConfig
{
    internal static readonly string[] TopLevelKeys = ["$schema", "assemblies", "contexts", "sharedKernel", "persistence", "rules", "contractSnapshots"];
    internal static readonly string[] ContextKeys = ["name", "assemblies", "namespaces", "contracts", "contractNamespaces", "mayUse", "tables", "database", "description"];
    internal static readonly string[] KernelKeys = ["assemblies", "namespaces"];
    internal static readonly string[] PersistenceKeys = ["dbContextBaseTypes", "migrationBaseTypes", "entityConfigurationInterfaces", "entitySetTypes", "entityMappingMethods", "entityAttributes", "repositorySuffixes", "detectRepositories", "namespaces", "otherBaseTypes", "internalTo"];

    private FitnessConfig(string path, AssemblySource assemblies, ContextMap map, IReadOnlyList<IFitnessRule> rules, IReadOnlyDictionary<string, Severity> severities)
    {
        Path = path;
        Assemblies = assemblies;
        Map = map;
        Rules = rules;
        Severities = severities;
    }

    /// <summary>Gets the full path of the configuration file.</summary>
    public string Path { get; }

    /// <summary>Gets the directory that relative paths in the file are resolved against: the file's own.</summary>
    public string BaseDirectory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>Gets the assemblies to inspect.</summary>
    public AssemblySource Assemblies { get; }

    /// <summary>Gets the context map.</summary>
    public ContextMap Map { get; }

    /// <summary>Gets the rules to evaluate (all but those turned off).</summary>
    public IReadOnlyList<IFitnessRule> Rules { get; }

    /// <summary>Gets the severities configured per rule id.</summary>
    public IReadOnlyDictionary<string, Severity> Severities { get; }

    /// <summary>Reads a configuration file.</summary>
    /// <param name="path">The path of the <c>fitness.json</c> file.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="FitnessKitException">The file is missing, malformed, or names unknown settings or rules.</exception>
    public static FitnessConfig Load(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var bytes = InputFile.Read(fullPath, "configuration")
            ?? throw new FitnessKitException($"{fullPath}: the configuration file does not exist.");
        return Parse(bytes, fullPath);
    }

    /// <summary>Reads configuration text as if it were in the file <paramref name="path"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="path">The path to resolve relative paths against and to name in messages.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="FitnessKitException">The text is malformed or names unknown settings or rules.</exception>
    public static FitnessConfig Parse(string json, string path) =>
        Parse(System.Text.Encoding.UTF8.GetBytes(json ?? string.Empty), System.IO.Path.GetFullPath(path));

    private static FitnessConfig Parse(byte[] bytes, string file)
    {
        var root = JsonTree.Parse(bytes, file);
        var reader = new JsonReader(file);
        if (root.Kind != JsonTokenType.StartObject)
        {
            throw new FitnessKitException(reader.At(root, $"the configuration must be a JSON object, not {root.KindText}."));
        }

        reader.CheckDuplicatesEverywhere(root, "the configuration");
        reader.CheckKeys(root, TopLevelKeys, "the configuration");
        if (JsonReader.Property(root, "$schema") is { } schema)
        {
            reader.String(schema, "\"$schema\"");
        }

        var baseDirectory = System.IO.Path.GetDirectoryName(file)!;
        var assemblies = ReadAssemblies(reader, root, baseDirectory);
        var builder = ContextMap.Define();
        ReadContexts(reader, root, builder);
        ReadKernel(reader, root, builder);
        builder.Persistence(ReadPersistence(reader, root));
        if (JsonReader.Property(root, "contractSnapshots") is { } snapshots && reader.String(snapshots, "\"contractSnapshots\"") is { } folder)
        {
            if (string.IsNullOrWhiteSpace(folder))
            {
                reader.Problem(snapshots, "\"contractSnapshots\" is empty: name the folder of approved contract snapshots, relative to this file, such as \"contracts\".");
            }
            else
            {
                builder.ApprovedContracts(ApprovedContracts.Snapshots(System.IO.Path.Combine(baseDirectory, folder)));
            }
        }

        var (rules, severities) = ReadRules(reader, root);
        reader.ThrowIfAny();

        ContextMap map;
        try
        {
            map = builder.Build();
        }
        catch (FitnessKitException exception)
        {
            // Problems of contexts read from this file name their line and column; a problem of the map as a whole names the file.
            throw new FitnessKitException([.. exception.Problems.Select(p => p.StartsWith(file + "(", StringComparison.Ordinal) ? p : $"{file}: {p}")]);
        }

        return new FitnessConfig(file, assemblies!, map, rules, severities);
    }

    private static AssemblySource? ReadAssemblies(JsonReader reader, JsonTree root, string baseDirectory)
    {
        if (JsonReader.Property(root, "assemblies") is not { } node)
        {
            reader.Problem(root, "\"assemblies\" is missing: list the assembly files or glob patterns to inspect, relative to this file, such as [\"bin/Shop.*.dll\"].");
            return null;
        }

        if (node.Kind == JsonTokenType.StartArray && node.Items.Count == 0)
        {
            reader.Problem(node, "\"assemblies\" is empty: list at least one assembly file or glob pattern.");
            return null;
        }

        var patterns = reader.StringEntries(node, "\"assemblies\"");
        if (patterns.Count == 0)
        {
            return null;
        }

        return AssemblySource.Glob(baseDirectory, [.. patterns.Select(p => (p.Text, (SourcePosition?)reader.PositionOf(p.Node)))]);
    }

    private static void ReadContexts(JsonReader reader, JsonTree root, ContextMapBuilder builder)
    {
        if (JsonReader.Property(root, "contexts") is not { } contexts)
        {
            reader.Problem(root, "\"contexts\" is missing: define at least one bounded context with its \"name\", \"assemblies\" and \"contracts\".");
            return;
        }

        if (contexts.Kind != JsonTokenType.StartArray)
        {
            reader.Problem(contexts, $"\"contexts\" must be an array of context objects, not {contexts.KindText}.");
            return;
        }

        if (contexts.Items.Count == 0)
        {
            reader.Problem(contexts, "\"contexts\" is empty: define at least one bounded context with its \"name\", \"assemblies\" and \"contracts\".");
            return;
        }

        foreach (var context in contexts.Items)
        {
            if (context.Kind != JsonTokenType.StartObject)
            {
                reader.Problem(context, $"each context must be an object with \"name\", \"assemblies\" and \"contracts\", not {context.KindText}.");
                continue;
            }

            reader.CheckKeys(context, ContextKeys, "a context");
            var nameNode = JsonReader.Property(context, "name");
            var name = nameNode is null ? null : reader.String(nameNode, "\"name\"");
            if (string.IsNullOrWhiteSpace(name))
            {
                reader.Problem(nameNode ?? context, "a context needs a \"name\".");
                continue;
            }

            if (JsonReader.Property(context, "description") is { } description)
            {
                reader.String(description, "\"description\"");
            }

            var label = $"context '{name}'";
            reader.Guard(context, () => builder.ContextAt(name, reader.PositionOf(nameNode!), c =>
            {
                c.Add(ContextPatterns.Assemblies, reader.OptionalPatterns(context, "assemblies", label));
                c.Add(ContextPatterns.Namespaces, reader.OptionalPatterns(context, "namespaces", label));
                c.Add(ContextPatterns.Contracts, reader.OptionalPatterns(context, "contracts", label));
                c.Add(ContextPatterns.ContractNamespaces, reader.OptionalPatterns(context, "contractNamespaces", label));
                c.Add(ContextPatterns.Tables, reader.OptionalPatterns(context, "tables", label));
                if (JsonReader.Property(context, "database") is { } database && reader.String(database, $"\"database\" of {label}") is { } databaseName)
                {
                    c.Database(databaseName, reader.PositionOf(database));
                }

                if (JsonReader.Property(context, "mayUse") is { } mayUse)
                {
                    // Written, even empty, it restricts: "mayUse": [] is a context that may use no other.
                    c.MayUseOnlyListed();
                    foreach (var (entry, node) in reader.StringEntries(mayUse, $"\"mayUse\" of {label}"))
                    {
                        var colon = entry.IndexOf(':', StringComparison.Ordinal);
                        var at = reader.PositionOf(node);
                        var contracts = colon < 0 ? [] : reader.Guard(node, () => entry[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => NamePattern.Parse(p, at)).ToList());
                        if (contracts is not null)
                        {
                            c.MayUse(colon < 0 ? entry : entry[..colon], at, contracts);
                        }
                    }
                }
            }));
        }
    }

    private static void ReadKernel(JsonReader reader, JsonTree root, ContextMapBuilder builder)
    {
        if (JsonReader.Property(root, "sharedKernel") is not { } kernel)
        {
            return;
        }

        if (kernel.Kind != JsonTokenType.StartObject)
        {
            reader.Problem(kernel, $"\"sharedKernel\" must be an object with \"assemblies\" or \"namespaces\", not {kernel.KindText}.");
            return;
        }

        reader.CheckKeys(kernel, KernelKeys, "\"sharedKernel\"");
        builder.SharedKernel(reader.OptionalPatterns(kernel, "assemblies", "the shared kernel"), reader.OptionalPatterns(kernel, "namespaces", "the shared kernel"));
    }

    private static PersistenceDetection ReadPersistence(JsonReader reader, JsonTree root)
    {
        var defaults = PersistenceDetection.Default;
        if (JsonReader.Property(root, "persistence") is not { } node)
        {
            return defaults;
        }

        if (node.Kind != JsonTokenType.StartObject)
        {
            reader.Problem(node, $"\"persistence\" must be an object, not {node.KindText}.");
            return defaults;
        }

        reader.CheckKeys(node, PersistenceKeys, "\"persistence\"");
        IReadOnlyList<string> Add(IReadOnlyList<string> defaultList, string key) =>
            [.. defaultList, .. reader.OptionalStrings(node, key, "\"persistence\"")];
        var detectRepositories = JsonReader.Property(node, "detectRepositories") is not { } flag || reader.Boolean(flag, "\"detectRepositories\"");
        var internalTo = defaults.InternalTo;
        if (JsonReader.Property(node, "internalTo") is { } boundary && reader.String(boundary, "\"internalTo\"") is { } text)
        {
            // Any case, but nothing else: Enum.TryParse would also take " context", "1" or "context,assembly".
            if (Enum.GetValues<PersistenceBoundary>().Where(b => string.Equals(b.ToString(), text, StringComparison.OrdinalIgnoreCase)).ToList() is [var parsed])
            {
                internalTo = parsed;
            }
            else
            {
                reader.Problem(boundary, $"\"internalTo\" must be \"context\" or \"assembly\", not \"{text}\".");
            }
        }

        return defaults with
        {
            InternalTo = internalTo,
            DbContextBaseTypes = Add(defaults.DbContextBaseTypes, "dbContextBaseTypes"),
            MigrationBaseTypes = Add(defaults.MigrationBaseTypes, "migrationBaseTypes"),
            EntityConfigurationInterfaces = Add(defaults.EntityConfigurationInterfaces, "entityConfigurationInterfaces"),
            EntitySetTypes = Add(defaults.EntitySetTypes, "entitySetTypes"),
            EntityMappingMethods = Add(defaults.EntityMappingMethods, "entityMappingMethods"),
            EntityAttributes = Add(defaults.EntityAttributes, "entityAttributes"),
            RepositorySuffixes = detectRepositories ? Add(defaults.RepositorySuffixes, "repositorySuffixes") : [],
            Namespaces = [.. reader.OptionalPatterns(node, "namespaces", "\"persistence\"").Select(p => p.Text)],
            OtherBaseTypes = Add(defaults.OtherBaseTypes, "otherBaseTypes"),
        };
    }

    private static (IReadOnlyList<IFitnessRule> Rules, IReadOnlyDictionary<string, Severity> Severities) ReadRules(JsonReader reader, JsonTree root)
    {
        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        var off = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (JsonReader.Property(root, "rules") is { } node)
        {
            if (node.Kind != JsonTokenType.StartObject)
            {
                reader.Problem(node, $"\"rules\" must be an object such as {{ \"FK002\": \"warning\" }}, not {node.KindText}.");
            }

            foreach (var (name, value, _, _) in node.Properties)
            {
                var rule = RuleCatalog.All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, name, StringComparison.OrdinalIgnoreCase) || string.Equals(r.Descriptor.Name, name, StringComparison.OrdinalIgnoreCase));
                if (rule is null)
                {
                    reader.Problem(value, $"there is no rule '{name}'{Suggestions.DidYouMean(name, RuleCatalog.Descriptors.SelectMany(d => new[] { d.Id, d.Name }))}. Rules: {string.Join(", ", RuleCatalog.Descriptors.Select(d => $"{d.Id} ({d.Name})"))}.");
                    continue;
                }

                switch (reader.String(value, $"rule {name}")?.ToUpperInvariant())
                {
                    case "OFF":
                        off.Add(rule.Descriptor.Id);
                        break;
                    case "ERROR":
                        severities[rule.Descriptor.Id] = Severity.Error;
                        break;
                    case "WARNING":
                        severities[rule.Descriptor.Id] = Severity.Warning;
                        break;
                    case "NOTE":
                        severities[rule.Descriptor.Id] = Severity.Note;
                        break;
                    default:
                        reader.Problem(value, $"rule {name} must be \"error\", \"warning\", \"note\" or \"off\".");
                        break;
                }
            }
        }

        return ([.. RuleCatalog.All.Where(r => !off.Contains(r.Descriptor.Id))], severities);
    }
}
