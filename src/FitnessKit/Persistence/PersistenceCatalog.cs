using FitnessKit.Inspection;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Persistence;

/// <summary>
/// Every persistence type of a code base: database contexts, entity configurations, migrations, model snapshots,
/// repository implementations, and the entities any context maps, wherever those entity types are defined (even in an
/// assembly that was not inspected).
/// </summary>
public sealed class PersistenceCatalog
{
    /// <summary>EF Core's method that gives an owned collection a table of its own.</summary>
    internal const string OwnsMany = "OwnsMany";

    private readonly Dictionary<TypeName, PersistenceType> _types;

    private PersistenceCatalog(Dictionary<TypeName, PersistenceType> types, IReadOnlyList<string> notes)
    {
        _types = types;
        Notes = notes;
        // Sorted once, without making the full names: rules and the tables read the list several times over.
        Types = Array.AsReadOnly(types.Values.OrderBy(t => t.Type, FullNameOrder.Instance).ToArray());
    }

    /// <summary>Gets what could not be decided, one sentence per missing assembly: first-party types whose base types lie in an assembly that was not found, so that whether they are DbContexts, migrations or model snapshots is unknown.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets every persistence type found, ordered by full name.</summary>
    public IReadOnlyList<PersistenceType> Types { get; }

    /// <summary>Recognises the persistence types of a code base.</summary>
    /// <param name="codeBase">The inspected code.</param>
    /// <param name="detection">How to recognise them; <see cref="PersistenceDetection.Default"/> when <see langword="null"/>.</param>
    /// <returns>The catalog.</returns>
    public static PersistenceCatalog Build(CodeBase codeBase, PersistenceDetection? detection = null) => Build(codeBase, detection, DependencyView.All);

    /// <summary>Recognises the persistence types of a code base, reading the dependencies through a check's view of them.</summary>
    internal static PersistenceCatalog Build(CodeBase codeBase, PersistenceDetection? detection, DependencyView view)
    {
        ArgumentNullException.ThrowIfNull(codeBase);
        detection ??= PersistenceDetection.Default;
        var found = new Dictionary<TypeName, PersistenceType>();
        var entities = new Dictionary<TypeName, (List<TypeName> MappedBy, List<PersistenceEvidence> Evidence)>();
        var namespaces = detection.Namespaces.Select(NamePattern.Parse).ToList();
        var repositories = new List<(InspectedType Type, string Suffix)>();
        var undecided = new List<(InspectedType Type, TypeUse Base)>();
        using var referenced = new Loading.Il.DataAssemblySet(codeBase.PathOf);

        // Packages and frameworks are only read: EF Core's own HistoryRepository is not the system's persistence code.
        // Most types are none of what is looked for: each is asked without a delegate or a list of its own, its base
        // types walked once, its interfaces only when one of them may be an entity configuration.
        var bases = new List<TypeUse>();
        foreach (var type in codeBase.Assemblies.Where(a => a.IsFirstParty).SelectMany(a => a.Types))
        {
            if (type.Category is not (TypeCategory.Class or TypeCategory.Struct))
            {
                continue;
            }

            bases.Clear();
            codeBase.AddBaseTypesOf(type, bases);
            if (FirstNamed(bases, detection.DbContextBaseTypes) is { } dbContextBase)
            {
                found[type.Name] = new PersistenceType(type.Name, PersistenceKind.DbContext, $"derives from {Display(dbContextBase, codeBase.ParameterNamesOf(type.Name))}", []);
                CollectDbContextEntities(codeBase, referenced, type, detection, entities, view);
            }
            else if (FirstNamed(bases, detection.MigrationBaseTypes) is { } migrationBase)
            {
                found[type.Name] = new PersistenceType(type.Name, PersistenceKind.Migration, $"derives from {Display(migrationBase, codeBase.ParameterNamesOf(type.Name))}", []);
            }
            else if (FirstNamed(bases, detection.ModelSnapshotBaseTypes) is { } snapshotBase)
            {
                found[type.Name] = new PersistenceType(type.Name, PersistenceKind.ModelSnapshot, $"derives from {Display(snapshotBase, codeBase.ParameterNamesOf(type.Name))}", []);
            }
            else if (codeBase.MayImplement(type, bases, detection.EntityConfigurationInterfaces)
                && FirstNamed(codeBase.InterfacesOf(type), detection.EntityConfigurationInterfaces) is { } configuration)
            {
                found[type.Name] = new PersistenceType(type.Name, PersistenceKind.EntityConfiguration, PersistenceEvidence.Implements(configuration, codeBase.ParameterNamesOf(type.Name)), []);
                if (configuration.Arguments.Count > 0 && !GenericParameters.IsPlaceholder(configuration.Arguments[0].Type))
                {
                    AddEntity(entities, configuration.Arguments[0].Type, type.Name, PersistenceEvidence.ConfiguredBy(type.Name));
                }

                AddOwnedCollections(entities, type, view);
            }
            else if (FirstNamed(bases, detection.OtherBaseTypes) is { } otherBase)
            {
                found[type.Name] = new PersistenceType(type.Name, PersistenceKind.Configured, $"derives from {Display(otherBase, codeBase.ParameterNamesOf(type.Name))}", []);
            }
            else if (detection.RepositorySuffixOf(type) is { } suffix)
            {
                // A name is weak evidence: decided below, once every DbContext is known, by what the class touches.
                repositories.Add((type, suffix));
            }
            else if (FirstMatching(namespaces, type.Name.Namespace) is { } persistenceNamespace)
            {
                found[type.Name] = new PersistenceType(type.Name, PersistenceKind.Configured, $"lies in persistence namespace {type.Name.Namespace} (pattern {persistenceNamespace})", []);
            }
            else if (codeBase.UnreadBaseOf(bases) is { } unread)
            {
                undecided.Add((type, unread));
            }

            if (FirstAttribute(type.Attributes, detection.EntityAttributes) is { } table)
            {
                AddEntity(entities, type.Name, null, PersistenceEvidence.Of($"carries [{StripAttribute(table.Name)}]"));
            }
        }

        foreach (var (repository, evidence) in RepositoryEvidence.Decide(codeBase, repositories, found, view))
        {
            found[repository.Name] = new PersistenceType(repository.Name, PersistenceKind.Repository, evidence, []);
        }

        foreach (var (entity, (mappedBy, evidence)) in entities)
        {
            if (!found.ContainsKey(entity))
            {
                // An array of their number: a list built from the distinct names, and a wrapper to read it, were three
                // objects an entity, held to the end of the check (1.7 MB over 17,000 entities).
                found[entity] = new PersistenceType(entity, PersistenceKind.MappedEntity, PersistenceEvidence.AllOf(evidence), mappedBy.Distinct().ToArray());
            }
        }

        return new PersistenceCatalog(found, [.. UndecidedNotes(undecided)]);
    }

    /// <summary>Gets the names of the persistence types, in no order.</summary>
    internal IEnumerable<TypeName> Names => _types.Keys;

    /// <summary>Finds a persistence type by name.</summary>
    /// <param name="type">A type name.</param>
    /// <returns>The persistence type, or <see langword="null"/> when the type is not persistence code.</returns>
    public PersistenceType? Find(TypeName type) => _types.GetValueOrDefault(type);

    /// <summary>Whether a type is persistence code.</summary>
    /// <param name="type">A type name.</param>
    /// <returns><see langword="true"/> for persistence types.</returns>
    public bool IsPersistenceType(TypeName type) => _types.ContainsKey(type);

    private static void CollectDbContextEntities(CodeBase codeBase, Loading.Il.DataAssemblySet referenced, InspectedType dbContext, PersistenceDetection detection, Dictionary<TypeName, (List<TypeName>, List<PersistenceEvidence>)> entities, DependencyView view)
    {
        foreach (var property in dbContext.GenericProperties)
        {
            AddEntitySet(detection, entities, dbContext.Name, property.Name, property.Type, dbContext.Name.DisplayName);
        }

        // Entity sets of generic base contexts, with the derived context's arguments: DbSet<TUser> Users of IdentityDbContext<AppUser> maps AppUser.
        foreach (var baseType in codeBase.BaseTypesOf(dbContext).Where(b => b.Arguments.Count > 0))
        {
            var properties = codeBase.FindType(baseType.Type) is { } inspected
                ? inspected.GenericProperties.Select(p => (p.Name, p.Type))
                : referenced.Find(baseType.Type) is var (assembly, handle) ? assembly.GenericProperties(handle) : [];
            foreach (var (name, type) in properties)
            {
                AddEntitySet(detection, entities, dbContext.Name, name, GenericParameters.Substitute(type, baseType.Arguments), $"{codeBase.NameOf(baseType.Type)}, the base of {dbContext.Name.DisplayName}");
            }
        }

        foreach (var call in view.CallsOf(dbContext))
        {
            if (detection.EntityMappingMethods.Contains(call.DeclaringType.FullName + "." + call.Method) && call.Arguments.Count > 0
                && !GenericParameters.IsPlaceholder(call.Arguments[0].Type))
            {
                var entity = call.Arguments[0].Type;
                AddEntity(entities, entity, dbContext.Name, PersistenceEvidence.Of($"mapped by {TypeName.Display(call.DeclaringType.Name, null)}.{call.Method}<{Display(call.Arguments[0], null)}>() in {dbContext.Name.DisplayName}"));
            }
        }

        AddOwnedCollections(entities, dbContext, view);
    }

    /// <summary>Owned collections (<c>OwnsMany&lt;T&gt;</c>) configured by a DbContext or an entity configuration: EF Core always gives them a table of their own, so they are mapped entities like any other.</summary>
    private static void AddOwnedCollections(Dictionary<TypeName, (List<TypeName>, List<PersistenceEvidence>)> entities, InspectedType configuring, DependencyView view)
    {
        foreach (var call in view.CallsOf(configuring))
        {
            if (call.Method == OwnsMany && call.Arguments.Count > 0 && !GenericParameters.IsPlaceholder(call.Arguments[^1].Type)
                && call.DeclaringType.Namespace == "Microsoft.EntityFrameworkCore.Metadata.Builders")
            {
                var owned = call.Arguments[^1].Type;
                AddEntity(entities, owned, configuring.Name, PersistenceEvidence.Of($"an owned collection with a table of its own (OwnsMany<{Display(call.Arguments[^1], null)}>() in {configuring.Name.DisplayName})"));
            }
        }
    }

    // Most checks have no undecided type: then no grouping of tuples is made (generic code compiled at every start).
    private static IEnumerable<string> UndecidedNotes(List<(InspectedType Type, TypeUse Base)> undecided) => undecided.Count == 0 ? [] :
        undecided.GroupBy(u => u.Base.Type.Assembly, StringComparer.OrdinalIgnoreCase).OrderBy(g => g.Key, StringComparer.Ordinal).Select(group =>
        {
            var types = group.Select(u => u.Type.Name.DisplayName).Order(StringComparer.Ordinal).ToList();
            var bases = group.Select(u => u.Base.Type.DisplayName).Distinct().Order(StringComparer.Ordinal).ToList();
            return types.Count == 1
                ? $"could not tell whether {types[0]} is a DbContext, migration or model snapshot: its base {bases[0]} is in assembly {group.Key}, which was not found."
                : $"could not tell whether {types.Count} types ({Phrases.Some(types, 3)}) are DbContexts, migrations or model snapshots: their base types ({Phrases.Some(bases, 3)}) are in assembly {group.Key}, which was not found.";
        });

    private static void AddEntitySet(PersistenceDetection detection, Dictionary<TypeName, (List<TypeName>, List<PersistenceEvidence>)> entities, TypeName dbContext, string property, TypeUse type, string on)
    {
        if (detection.EntitySetTypes.Contains(type.Type.FullName) && type.Arguments.Count > 0)
        {
            var entity = type.Arguments[0].Type;
            AddEntity(entities, entity, dbContext, PersistenceEvidence.EntitySet(type, property, on));
        }
    }

    private static void AddEntity(Dictionary<TypeName, (List<TypeName> MappedBy, List<PersistenceEvidence> Evidence)> entities, TypeName entity, TypeName? mappedBy, PersistenceEvidence evidence)
    {
        if (GenericParameters.IsPlaceholder(entity))
        {
            return;
        }

        if (!entities.TryGetValue(entity, out var entry))
        {
            entities[entity] = entry = (new List<TypeName>(), new List<PersistenceEvidence>());
        }

        if (mappedBy is not null)
        {
            entry.MappedBy.Add(mappedBy);
        }

        entry.Evidence.Add(evidence);
    }

    /// <summary>A base type or interface as C# writes it, without namespaces: <c>IEntityTypeConfiguration&lt;TEntity&gt;</c> (the type's own parameter named, never <c>!0</c>).</summary>
    /// <summary>The first of the types whose full name is one of <paramref name="names"/>, or <see langword="null"/>.</summary>
    private static TypeUse? FirstNamed(IReadOnlyList<TypeUse> types, IReadOnlyList<string> names)
    {
        for (var i = 0; i < types.Count; i++)
        {
            if (names.Contains(types[i].Type.FullName))
            {
                return types[i];
            }
        }

        return null;
    }

    /// <summary>The first attribute whose full name is one of <paramref name="names"/>, or <see langword="null"/>.</summary>
    private static TypeName? FirstAttribute(IReadOnlyList<TypeName> attributes, IReadOnlyList<string> names)
    {
        for (var i = 0; i < attributes.Count; i++)
        {
            if (names.Contains(attributes[i].FullName))
            {
                return attributes[i];
            }
        }

        return null;
    }

    /// <summary>The first pattern that matches a namespace, or <see langword="null"/>.</summary>
    private static NamePattern? FirstMatching(List<NamePattern> patterns, string ns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Matches(ns))
            {
                return pattern;
            }
        }

        return null;
    }

    private static string Display(TypeUse use, IReadOnlyList<string>? parameters) => CodeBase.NameOf(use, parameters, qualified: false);

    private static string StripAttribute(string name) => name.EndsWith("Attribute", StringComparison.Ordinal) ? name[..^"Attribute".Length] : name;
}
