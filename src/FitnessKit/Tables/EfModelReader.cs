using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// Reads the tables one EF Core database context maps from its compiled code, as EF Core would build its model but
/// without running it: <c>DbSet&lt;T&gt;</c> properties (on the context and its generic base contexts), and the
/// mapping calls of <c>OnModelCreating</c>, of the configurations it applies and of every method, lambda and base
/// method they call, in any assembly that can be found: <c>Entity</c>, <c>ToTable</c>, <c>ToView</c>,
/// <c>HasDefaultSchema</c>, <c>OwnsOne</c>, <c>OwnsMany</c>, <c>ApplyConfiguration</c>,
/// <c>ApplyConfigurationsFromAssembly</c>, <c>SplitToTable</c>, and <c>[Table]</c> on entity types; then EF Core's
/// conventions for the tables no code names: many-to-many join tables, entity types reached through navigations, and
/// inheritance hierarchies. The database functions the model maps (<c>HasDbFunction</c>, <c>[DbFunction]</c>,
/// <c>ToFunction</c>) are read beside the tables, as routines the context calls.
/// </summary>
internal sealed partial class EfModelReader(DataAssemblySet assemblies)
{
    private const string DbContextType = "Microsoft.EntityFrameworkCore.DbContext";
    private const string ModelBuilderType = "Microsoft.EntityFrameworkCore.ModelBuilder";
    private const string EntityTypeBuilderType = "Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder`1";
    private const string OwnedNavigationBuilderType = "Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder`2";
    private const string ConfigurationInterface = "Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1";
    private const int MaxDepth = 8;
    private const int MaxMethods = 2000;

    /// <summary>The mappings of one context's model, with the notes on what could not be read.</summary>
    public ContextTables Read(TypeName dbContext, SqlDialectName dialect, NamingConvention? naming = null)
    {
        var chain = BaseChain(dbContext);
        var reading = new Reading(dbContext) { Chain = chain, Naming = naming };
        foreach (var (assembly, type, substitution) in chain)
        {
            foreach (var (name, use) in assembly.GenericProperties(type))
            {
                if (use.Type.FullName == "Microsoft.EntityFrameworkCore.DbSet`1" && substitution.Apply(use.Arguments[0]).Type is var entity && !GenericParameters.IsPlaceholder(entity))
                {
                    // The context named as the code base names it when the property is its own, not a base context's.
                    var declaring = assembly.Names.Of(type) is var of && of.Equals(dbContext) ? dbContext : of;
                    var state = reading.Entity(entity, MappingEvidence.EntitySet(entity, name, declaring), new MappingSite(assembly.Path, CodeAnchor.ForType(MetadataTokens.GetToken(type))));
                    state.SetName ??= name;
                }
            }
        }

        MarkedFunctions(reading);
        Construct(reading);

        // The most derived OnModelCreating; base contexts' run when it calls them, as EF Core runs them.
        foreach (var (assembly, type, substitution) in chain)
        {
            var method = assembly.FindMethod(type, "OnModelCreating", 1);
            if (!method.IsNil)
            {
                Walk(assembly, method, substitution, reading, 0, reading.Selves.Count > 0 ? [SelfIn(assembly, reading)] : null);
                break;
            }
        }

        if (chain.Count == 0 || assemblies.Find(chain[^1].Assembly.Names.Of(chain[^1].Type)) is null)
        {
            reading.Notes.Add($"the definition of {dbContext.DisplayName} could not be read");
        }

        return new ContextTables(dbContext, [.. Finish(reading, dialect)], reading.DefaultSchema, reading.Notes) { Functions = Functions(reading) };
    }

    /// <summary>The context type and its base types up to <c>DbContext</c>, each with the generic arguments in force.</summary>
    private List<(DataAssembly Assembly, TypeDefinitionHandle Type, TypeSubstitution Substitution)> BaseChain(TypeName dbContext) => BaseChain(dbContext.Use, DbContextType);

    /// <summary>A type and its base types up to <paramref name="stopAt"/> (not included), each with the generic arguments in force.</summary>
    private List<(DataAssembly Assembly, TypeDefinitionHandle Type, TypeSubstitution Substitution)> BaseChain(TypeUse start, string stopAt)
    {
        var chain = new List<(DataAssembly, TypeDefinitionHandle, TypeSubstitution)>();
        var current = start;
        for (var depth = 0; depth < 16 && current.Type.FullName != stopAt; depth++)
        {
            if (assemblies.Find(current.Type) is not { } found)
            {
                break;
            }

            var substitution = new TypeSubstitution(current.Arguments, []);
            chain.Add((found.Assembly, found.Type, substitution));
            if (found.Assembly.BaseTypeOf(found.Type) is not { } baseType)
            {
                break;
            }

            current = substitution.Apply(baseType);
        }

        return chain;
    }

    /// <summary>Reads one method's mapping calls, and follows the methods, lambdas and configurations it hands the model to.</summary>
    private void Walk(DataAssembly assembly, MethodDefinitionHandle method, TypeSubstitution substitution, Reading reading, int depth, IReadOnlyList<IlValue>? arguments = null)
    {
        // Arguments matter when they carry text (a schema passed to a mapping helper) or captured variables (a lambda's closure).
        var known = arguments is not null && arguments.Any(a => a is TextValue or NewObjectValue { Fields.Count: > 0 }) ? arguments : null;
        if (depth > MaxDepth || reading.Walked.Count > MaxMethods
            || !reading.Walked.Add($"{assembly.Name}#{MetadataTokens.GetRowNumber(method)}#{substitution.Key}#{ArgumentKey(known)}{JoinKey(reading.JoinScope)}"))
        {
            return;
        }

        assembly.Guard(() => WalkCalls(assembly, method, substitution, reading, depth, known));
    }

    /// <summary>
    /// A lambda of <c>UsingEntity</c> is read again with its join in scope, although the delegate's construction has
    /// had it read already without.
    /// </summary>
    private static string JoinKey(JoinState? scope) => scope is null ? string.Empty : $"#join:{scope.Left.FullName}/{scope.Right.FullName}";

    private static string ArgumentKey(IReadOnlyList<IlValue>? arguments) => arguments is null ? string.Empty
        : string.Join(",", arguments.Select(a => a switch
        {
            TextValue text => text.Render(_ => "?"),
            NewObjectValue created => string.Join(";", created.Fields.OrderBy(f => f.Key).Select(f => $"{f.Key}={(f.Value is TextValue t ? t.Render(_ => "?") : "_")}")),
            _ => "_",
        }));

    private bool WalkCalls(DataAssembly assembly, MethodDefinitionHandle method, TypeSubstitution substitution, Reading reading, int depth, IReadOnlyList<IlValue>? arguments)
    {
        var trace = arguments is null ? assembly.Trace(method) : assembly.Trace(method, arguments);
        var owner = assembly.UserTypeOf(assembly.Metadata.GetMethodDefinition(method).GetDeclaringType());
        // Where the method's calls are said to be, written once for all of them: a mapping method makes hundreds.
        var name = assembly.Metadata.GetString(assembly.Metadata.GetMethodDefinition(method).Name);
        var where = $"{assembly.Names.Of(owner).DisplayName}.{Loading.CompilerGeneratedNames.UserMemberOf(name) ?? name}";
        foreach (var call in trace.Calls)
        {
            var site = new MappingSite(assembly.Path, CodeAnchor.ForMethod(MetadataTokens.GetToken(owner), MetadataTokens.GetToken(method), call.Offset));
            if (string.Equals(assembly.Name, reading.DbContext.Assembly, StringComparison.OrdinalIgnoreCase))
            {
                // Mappings written in a shared library or a package are located where the context's own code calls them.
                reading.Entry = site;
            }

            Apply(call, substitution, reading, string.Equals(assembly.Name, reading.DbContext.Assembly, StringComparison.OrdinalIgnoreCase) ? site : reading.Entry ?? site, where, assembly, depth);
            FollowLambdas(assembly, call, substitution, reading, depth);

            if (ShouldFollow(call))
            {
                if (call.IsVirtual && call.Arguments.Count > 0 && call.Arguments[0] is ArgumentValue { Index: 0 } && Override(call.Method, reading) is { } dispatched)
                {
                    // A virtual call on the context itself runs the most derived override, as OnModelCreatingVersion3 of a base context does.
                    Walk(dispatched.Assembly, dispatched.Method, dispatched.Substitution, reading, depth + 1);
                }
                else
                {
                    Follow(assembly, call.Method, substitution, reading, depth, call.Arguments);
                }
            }
        }

        return true;
    }

    /// <summary>Reads the lambdas a call is given, such as <c>Entity&lt;T&gt;(b =&gt; b.ToTable(...))</c>'s.</summary>
    private void FollowLambdas(DataAssembly assembly, CallSite call, TypeSubstitution substitution, Reading reading, int depth)
    {
        // By index: an array behind the interface makes an enumerator object for every call of every mapping method.
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            var argument = call.Arguments[i];
            if (MethodPointerValue.TargetOf(argument) is { } target)
            {
                // An instance lambda runs on its closure, which holds the variables it captured.
                Follow(assembly, target, substitution, reading, depth, argument is NewObjectValue { Arguments: [NewObjectValue closure, ..] } ? [closure] : null);
            }
        }
    }

    /// <summary>The most derived method of the context's chain with the called method's name and parameter count.</summary>
    private static (DataAssembly Assembly, MethodDefinitionHandle Method, TypeSubstitution Substitution)? Override(CalledMethod method, Reading reading)
    {
        foreach (var (assembly, type, substitution) in reading.Chain)
        {
            var found = assembly.FindMethod(type, method.Name, method.Parameters.Count, method.MethodArguments.Count);
            if (!found.IsNil)
            {
                return (assembly, found, substitution with { MethodArguments = method.MethodArguments });
            }
        }

        return null;
    }

    private void Follow(DataAssembly from, CalledMethod method, TypeSubstitution substitution, Reading reading, int depth, IReadOnlyList<IlValue>? arguments = null)
    {
        var target = method.Definition.IsNil ? assemblies[method.DeclaringType.Type.Assembly] : from;
        if (target is null)
        {
            reading.Notes.Add($"{method} could not be followed: assembly {method.DeclaringType.Type.Assembly} was not found");
            return;
        }

        var handle = target.FindMethod(method);
        if (!handle.IsNil)
        {
            Walk(target, handle, substitution.Into(method.DeclaringType, method.MethodArguments), reading, depth + 1, AsSeenBy(target, arguments, reading));
        }
    }

    /// <summary>Whether a call hands the model to code that may map more: a method of the code base (not EF Core's or the framework's) that takes a model or entity builder, or a base <c>OnModelCreating</c>.</summary>
    private static bool ShouldFollow(CallSite call)
    {
        var assembly = call.Method.DeclaringType.Type.Assembly;
        if (assembly.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.OrdinalIgnoreCase)
            || assembly.StartsWith("System", StringComparison.OrdinalIgnoreCase) || assembly is "mscorlib" or "netstandard")
        {
            return false;
        }

        return call.Method.Name == "OnModelCreating"
            || call.Method.Parameters.Any(p => p is not null && IsBuilder(p.Type.FullName))
            || (call.Method.HasThis && call.Arguments.Count > 0 && call.Arguments[0] is ArgumentValue { Index: 0 } && !call.IsConstruction);
    }

    private static bool IsBuilder(string fullName) =>
        fullName == ModelBuilderType || fullName.StartsWith("Microsoft.EntityFrameworkCore.Metadata.Builders.", StringComparison.Ordinal);

    /// <summary>What EF Core's model is once every mapping call is read: each entity's table, by EF Core's own defaults where the code says nothing.</summary>
    private IEnumerable<TableMapping> Finish(Reading reading, SqlDialectName dialect)
    {
        DiscoverThroughNavigations(reading);
        foreach (var state in reading.AllEntities)
        {
            if (state.Table is null && !state.IsView && state.Owner is null && assemblies.Find(state.Entity) is { } definition
                && definition.Assembly.AttributeArguments(definition.Type, "System.ComponentModel.DataAnnotations.Schema.TableAttribute") is { Count: > 0 } attribute)
            {
                state.Table = attribute[0].Value;
                state.Schema ??= attribute.FirstOrDefault(a => a.Name == "Schema").Value;
                state.Evidence = MappingEvidence.Of($"[Table(\"{state.Table}\")] on {state.Entity.DisplayName}");
                state.Site = new MappingSite(definition.Assembly.Path, CodeAnchor.ForType(MetadataTokens.GetToken(definition.Type)));
            }
        }

        foreach (var state in reading.AllEntities)
        {
            if (state.Excluded)
            {
                continue;
            }

            foreach (var extra in OtherNavigationTables(state, reading))
            {
                yield return new TableMapping(TableNames.Create(extra.Schema ?? reading.DefaultSchema, extra.Table, dialect, quoted: true), TableMappingKind.Owned, reading.DbContext, state.Entity, extra.Evidence)
                {
                    Dialect = dialect,
                    Site = state.Site,
                };
            }

            var (table, schema, evidence) = TableOf(state, reading);
            if (table is null)
            {
                continue;
            }

            if (state.ComputedSchemaAt is { } computedAt && state.Schema is null)
            {
                reading.Notes.Add($"the schema of {state.Entity.DisplayName}'s table in {computedAt} is computed at run time, so it is taken to be the model's default schema");
            }

            if (state.SchemaSetBy is { } setBy && schema is not null)
            {
                evidence = MappingEvidence.Of($"{evidence.Text()}; schema set on every entity type (SetSchema(\"{schema}\") in {setBy})");
            }

            var written = schema ?? reading.DefaultSchema;
            var name = TableNames.Create(written, table, dialect, quoted: true);
            var kind = state.Owner is not null ? TableMappingKind.Owned : state.IsView ? TableMappingKind.View : TableMappingKind.Table;
            yield return new TableMapping(name, kind, reading.DbContext, state.Entity, evidence)
            {
                Dialect = dialect,
                Site = state.Site,
            };

            foreach (var split in state.Splits)
            {
                var splitKind = split.IsView ? TableMappingKind.View : state.Owner is not null ? TableMappingKind.Owned : TableMappingKind.Table;
                yield return new TableMapping(TableNames.Create(split.Schema ?? reading.DefaultSchema, split.Name, dialect, quoted: true), splitKind, reading.DbContext, state.Entity, split.Evidence)
                {
                    Dialect = dialect,
                    Site = split.Site,
                };
            }

            if (state.TemporalWhere is not null && kind == TableMappingKind.Table)
            {
                // SQL Server keeps a temporal table's past rows in a history table: EF Core names it after the table, in the table's schema.
                var history = TableNames.Create(state.HistorySchema ?? written, state.HistoryTable ?? table + "History", dialect, quoted: true);
                yield return new TableMapping(history, TableMappingKind.Table, reading.DbContext, state.Entity, MappingEvidence.Of($"history table of {name}, IsTemporal() in {state.TemporalWhere}"))
                {
                    Dialect = dialect,
                    Site = state.Site,
                };
            }
        }

        foreach (var (entity, name, schema, evidence, site) in JoinTables(reading))
        {
            yield return new TableMapping
            {
                Table = TableNames.Create(schema ?? reading.DefaultSchema, name, dialect, quoted: true),
                Kind = TableMappingKind.Table,
                DbContext = reading.DbContext,
                Entity = new TypeName(reading.DbContext.Assembly, string.Empty, entity),
                Evidence = evidence,
                Dialect = dialect,
                Site = site,
            };
        }
    }

    private (string? Table, string? Schema, MappingEvidence Evidence) TableOf(EntityMappingState state, Reading reading)
    {
        if (state.Owner is null && Hierarchy(state, reading) is { } hierarchy)
        {
            if (hierarchy.Strategy == "Tph" && !ReferenceEquals(hierarchy.Root, state))
            {
                var (table, schema, _) = TableOf(hierarchy.Root, reading);
                return (table, schema, MappingEvidence.Of($"derived from {hierarchy.Root.Entity.DisplayName}, in its table (one table for the hierarchy)"));
            }

            if (hierarchy.Strategy == "Tpc" && assemblies.Find(state.Entity) is { } definition && definition.Assembly.IsAbstract(definition.Type))
            {
                // A table per concrete type: an abstract type has none.
                return (null, null, state.Evidence);
            }
        }

        if (state.Table is not null)
        {
            return (state.Table, state.Schema, state.Evidence);
        }

        // An owned type is columns (or JSON) of its owner's table; an owned collection has a table of its own, in its
        // owner's schema unless it names one.
        if (state.OwnerState is { } owner)
        {
            var inJson = InJson(state);
            var (table, schema, _) = TableOf(owner, reading);
            if (!state.OwnedMany || inJson)
            {
                return (table, schema, MappingEvidence.Of(inJson ? $"owned by {owner.Entity.DisplayName}, as JSON in its table" : $"owned by {owner.Entity.DisplayName}, in its table"));
            }

            // Owned through several navigations, each is an entity type of its own to EF Core, whose table is named after
            // its owner's table and its navigation; else after its type. A naming convention rewrites neither (EF Core's
            // model agrees: EFCore.NamingConventions takes back what it wrote once a type becomes owned).
            return IsSharedOwned(state, reading) && state.Navigations.Count > 0 && table is not null
                ? OwnedCollectionTable(state, owner, table, state.Navigations[0], schema)
                : (ShortName(state.Entity), state.Schema ?? schema, MappingEvidence.NamedAfterType(state.Evidence));
        }

        var name = state.SetName ?? ShortName(state.Entity);
        var evidence = state.SetName is not null ? state.Evidence : MappingEvidence.NamedAfterType(state.Evidence);
        return reading.Naming is { } naming
            ? (naming.Rewrite(name), state.Schema, MappingEvidence.Of($"{evidence.Text()}, written in {naming.Style} by {naming.Method}"))
            : (name, state.Schema, evidence);
    }

    /// <summary>Whether an owned type is stored as JSON: its own <c>ToJson()</c>, or an owner's, whose JSON document holds every type it owns.</summary>
    private static bool InJson(EntityMappingState state)
    {
        for (var (current, depth) = (state, 0); depth < 8; depth++)
        {
            if (current.InJson)
            {
                return true;
            }

            if (current.OwnerState is not { } owner)
            {
                return false;
            }

            current = owner;
        }

        return false;
    }

    /// <summary>Whether a type is owned through more than one navigation of the model: EF Core then makes one entity type for each.</summary>
    private static bool IsSharedOwned(EntityMappingState state, Reading reading) =>
        reading.OwnedBy.Values.Where(s => s.Entity.Equals(state.Entity)).Sum(s => Math.Max(1, s.Navigations.Count)) > 1;

    /// <summary>The tables of an owned collection's navigations after its first, when several navigations own its type and it names no table.</summary>
    private IEnumerable<(string Table, string? Schema, MappingEvidence Evidence)> OtherNavigationTables(EntityMappingState state, Reading reading)
    {
        if (state.OwnerState is not { } owner || !state.OwnedMany || state.Table is not null || state.Navigations.Count < 2 || InJson(state))
        {
            yield break;
        }

        var (table, schema, _) = TableOf(owner, reading);
        if (table is null)
        {
            yield break;
        }

        foreach (var navigation in state.Navigations.Skip(1))
        {
            yield return OwnedCollectionTable(state, owner, table, navigation, schema);
        }
    }

    private static (string Table, string? Schema, MappingEvidence Evidence) OwnedCollectionTable(EntityMappingState state, EntityMappingState owner, string ownerTable, string navigation, string? ownerSchema) =>
        ($"{ownerTable}_{navigation}", state.Schema ?? ownerSchema,
            MappingEvidence.Of($"{state.Evidence.Text()}; owned through {owner.Entity.DisplayName}.{navigation} as by other navigations, so named after {ownerTable} and the navigation"));

    private static string ShortName(TypeName type)
    {
        var name = type.OwnName;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
