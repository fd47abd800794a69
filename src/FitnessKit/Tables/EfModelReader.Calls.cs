using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>The EF Core mapping calls and what each says about the model.</summary>
internal sealed partial class EfModelReader
{
    private void Apply(CallSite call, TypeSubstitution substitution, Reading reading, MappingSite site, string where, DataAssembly assembly, int depth)
    {
        var method = call.Method;
        var arguments = call.Arguments;
        switch (method.Name)
        {
            // ModelBuilder.HasDefaultSchema, an extension method of RelationalModelBuilderExtensions: the schema is the second argument either way.
            case "HasDefaultSchema" when method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal):
                reading.DefaultSchema = TextOf(arguments, 1, reading);
                if (reading.DefaultSchema is null && arguments.Count > 1 && !IlValue.IsUnknownOrNull(arguments[1]))
                {
                    reading.Notes.Add($"the default schema in {where} is computed at run time, so its tables are taken to be in the database's default schema");
                }

                break;
            case "SetSchema" or "SetTableName" when method.TypeFullName == "Microsoft.EntityFrameworkCore.RelationalEntityTypeExtensions" && arguments.Count > 1:
                SetOnEntityType(call, reading, site, where);
                break;
            case "Entity" when method.TypeFullName == ModelBuilderType:
                if (EntityOf(method, arguments, substitution, 0) is { } entity)
                {
                    reading.Entity(entity, MappingEvidence.Of($"ModelBuilder.Entity<{entity.DisplayName}>() in {where}"), site);
                }

                break;
            case "Ignore" when method.TypeFullName == ModelBuilderType:
                if (EntityOf(method, arguments, substitution, 0) is { } ignored)
                {
                    reading.Entity(ignored, MappingEvidence.None, site).Excluded = true;
                }

                break;
            case "Ignore" when method.TypeFullName == EntityTypeBuilderType && method.DeclaringType.Arguments.Count == 1
                && Concrete(substitution.Apply(method.DeclaringType.Arguments[0])) is { } ignoring && NamedMember(arguments) is { } member:
                reading.Entity(ignoring, MappingEvidence.None, site).Ignore(member);
                break;
            case "ApplyConfiguration" when method.TypeFullName == ModelBuilderType:
                ApplyConfiguration(arguments.Count > 1 ? arguments[1] : null, method, substitution, reading, site, where, depth);
                break;
            case "ApplyConfigurationsFromAssembly" when method.TypeFullName == ModelBuilderType:
                ApplyAssembly(arguments.Count > 1 ? arguments[1] : null, arguments.Count > 2 ? arguments[2] : null, assembly, reading, site, where, depth);
                break;
            case "ToTable" or "ToView" when method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal):
                MapTable(call, substitution, reading, site, where);
                break;
            case "SplitToTable" or "SplitToView" when method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal):
                Split(call, substitution, reading, site, where);
                break;
            case "HasDbFunction" when method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal):
                MapFunction(call, reading, site, where);
                break;
            case "HasName" or "HasSchema" when method.TypeFullName == DbFunctionBuilderType:
                NameFunction(call, reading);
                break;
            case "ToFunction" when method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal):
                ReadFromFunction(call, reading, site, where);
                break;
            case "Owned" when method.TypeFullName == ModelBuilderType:
                if (EntityOf(method, arguments, substitution, 0) is { } owned)
                {
                    reading.OwnedTypes.Add(owned);
                }

                break;
            case "ComplexProperty" or "ComplexCollection" when method.TypeFullName.StartsWith("Microsoft.EntityFrameworkCore.Metadata.Builders.", StringComparison.Ordinal)
                && method.MethodArguments.Count > 0:
                // ComplexProperty<TProperty>(e => e.Badge), ComplexCollection<TProperty, TElement>(e => e.Badges): the type is a value of the entity.
                if (Concrete(substitution.Apply(method.MethodArguments[^1])) is { } valueType)
                {
                    reading.ComplexTypes.Add(valueType);
                }

                break;
            case "ToJson" when method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal):
                if (BuilderState(call, substitution, reading, site) is { } json)
                {
                    json.InJson = true;
                }

                break;
            case "OwnsOne" or "OwnsMany" when method.TypeFullName.StartsWith("Microsoft.EntityFrameworkCore.Metadata.Builders.", StringComparison.Ordinal):
                Own(call, substitution, reading, site, where);
                break;
            case "WithMany" when method.TypeFullName == CollectionNavigationBuilderType:
                Join(method.DeclaringType, substitution, reading, site, where);
                break;
            case "WithMany" when method.TypeFullName == NamedCollectionNavigationBuilderType:
                JoinByName(call, substitution, reading, site, where);
                break;
            case "UsingEntity" when method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal):
                UsingEntity(call, substitution, reading, site, where, assembly, depth);
                break;
            case "IsTemporal" when method.TypeFullName == "Microsoft.EntityFrameworkCore.SqlServerTableBuilderExtensions":
                if (BuilderEntity(call, substitution) is { } temporal)
                {
                    reading.Entity(temporal, MappingEvidence.None, site).TemporalWhere ??= where;
                }

                break;
            case "UseHistoryTable" when method.TypeFullName.StartsWith("Microsoft.EntityFrameworkCore.Metadata.Builders.", StringComparison.Ordinal)
                && method.DeclaringType.Arguments.Count > 0 && Concrete(substitution.Apply(method.DeclaringType.Arguments[^1])) is { } historied:
                var history = reading.Entity(historied, MappingEvidence.None, site);
                history.HistoryTable = Text(arguments, 1) ?? history.HistoryTable;
                history.HistorySchema = method.ParameterIs(1, "System.String") ? Text(arguments, 2) : history.HistorySchema;
                break;
            case "UseTphMappingStrategy" or "UseTptMappingStrategy" or "UseTpcMappingStrategy" when method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal):
                if (BuilderEntity(call, substitution) is { } root)
                {
                    reading.Entity(root, MappingEvidence.None, site).MappingStrategy = method.Name.Substring("Use".Length, 3);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>The member a builder's call names first (<c>Ignore</c>'s, <c>OwnsOne</c>'s): by name, or by a lambda's expression tree (<c>e =&gt; e.LastScan</c>).</summary>
    private static string? NamedMember(IReadOnlyList<IlValue> arguments)
    {
        if (Text(arguments, 1) is { } name)
        {
            return name;
        }

        var body = arguments.Count > 1 && arguments[1] is CallResultValue { Method.Name: "Lambda", Arguments.Count: > 0 } lambda ? lambda.Arguments[0] : null;
        while (body is CallResultValue { Method.Name: "Convert" or "TypeAs", Arguments.Count: > 0 } conversion)
        {
            body = conversion.Arguments[0];
        }

        return body is CallResultValue { Method.Name: "Property", Arguments: [_, CallResultValue { Method.Name: "GetMethodFromHandle", Arguments: [MethodTokenValue getter, ..] }] }
            && getter.Name.StartsWith("get_", StringComparison.Ordinal)
            ? getter.Name["get_".Length..]
            : null;
    }

    /// <summary>The entity of <c>Entity&lt;T&gt;()</c>, or of <c>Entity(typeof(T))</c>.</summary>
    private static TypeName? EntityOf(CalledMethod method, IReadOnlyList<IlValue> arguments, TypeSubstitution substitution, int position)
    {
        var use = method.MethodArguments.Count > position ? method.MethodArguments[position]
            : arguments.Count > 1 && arguments[1] is TypeTokenValue token ? token.Type
            : null;
        return use is null ? null : Concrete(substitution.Apply(use));
    }

    private static TypeName? Concrete(TypeUse use) => GenericParameters.IsPlaceholder(use.Type) ? null : use.Type;

    private static string? Text(IReadOnlyList<IlValue> arguments, int index) =>
        index < arguments.Count && arguments[index] is TextValue text ? text.Constant : null;

    /// <summary>As <see cref="Text(IReadOnlyList{IlValue}, int)"/>, with the names of generic parameters' types (<c>typeof(TEntity).Name</c>) filled by the reading's arguments.</summary>
    private static string? Text(IReadOnlyList<IlValue> arguments, int index, TypeSubstitution substitution) =>
        index < arguments.Count && arguments[index] is TextValue text ? text.WithTypeNames(substitution.Apply).Constant : null;

    /// <summary>
    /// The entity an extension method of an entity type builder configures: <c>ToTable&lt;TEntity&gt;(EntityTypeBuilder&lt;TEntity&gt;, ...)</c>
    /// and <c>ToTable&lt;TOwner, TDependent&gt;(OwnedNavigationBuilder&lt;TOwner, TDependent&gt;, ...)</c> name it as their last type
    /// argument; on a builder with none, the <c>Entity(...)</c> call that made the builder names it.
    /// </summary>
    private static TypeName? BuilderEntity(CallSite call, TypeSubstitution substitution) =>
        call.Method.MethodArguments.Count > 0 ? Concrete(substitution.Apply(call.Method.MethodArguments[^1]))
            : call.Arguments.Count > 0 && call.Arguments[0] is CallResultValue { Method.Name: "Entity" } receiver ? EntityOf(receiver.Method, receiver.Arguments, substitution, 0)
            : null;

    /// <summary>
    /// The entity type a builder's call configures: on the builder of an owned navigation
    /// (<c>OwnedNavigationBuilder&lt;TOwner, TDependent&gt;</c>, or an extension method of it), the type as its owner owns
    /// it; otherwise the entity type of <see cref="BuilderEntity"/>.
    /// </summary>
    private static EntityMappingState? BuilderState(CallSite call, TypeSubstitution substitution, Reading reading, MappingSite site)
    {
        if (OwnedBuilder(call.Method, substitution) is { } owned)
        {
            return OwnedState(owned, reading, site);
        }

        return BuilderEntity(call, substitution) is { } entity ? reading.Entity(entity, MappingEvidence.None, site) : null;
    }

    /// <summary>
    /// The state of a type as an owner owns it, made when an owned navigation's builder is met before the <c>OwnsOne</c>
    /// or <c>OwnsMany</c> that hands it over (a lambda is read where its delegate is made, before the call it is given to).
    /// </summary>
    private static EntityMappingState OwnedState((TypeName Owner, TypeName Owned) key, Reading reading, MappingSite site)
    {
        if (reading.OwnedBy.TryGetValue(key, out var state))
        {
            return state;
        }

        var owner = reading.Entities.TryGetValue(key.Owner, out var entity) ? entity
            : reading.OwnedBy.Values.FirstOrDefault(s => s.Entity.Equals(key.Owner)) ?? reading.Entity(key.Owner, MappingEvidence.None, site);
        return reading.Owned(owner, key.Owned, MappingEvidence.None, site, navigation: null, many: false);
    }

    /// <summary>The owner and the owned type of a call on an owned navigation's builder, or of an extension method of one.</summary>
    private static (TypeName Owner, TypeName Owned)? OwnedBuilder(CalledMethod method, TypeSubstitution substitution)
    {
        var types = method.TypeFullName == OwnedNavigationBuilderType ? method.DeclaringType.Arguments
            : method.MethodArguments.Count >= 2 && method.ParameterIs(0, OwnedNavigationBuilderType) ? method.MethodArguments
            : null;
        return types is { Count: >= 2 } && Concrete(substitution.Apply(types[^2])) is { } owner && Concrete(substitution.Apply(types[^1])) is { } owned
            ? (owner, owned)
            : null;
    }

    private static void MapTable(CallSite call, TypeSubstitution substitution, Reading reading, MappingSite site, string where)
    {
        var method = call.Method;
        var entity = BuilderEntity(call, substitution);
        if (reading.JoinScope is { } join && (entity is null || IsPropertyBag(entity)) && call.Arguments is [ArgumentValue, ..])
        {
            // The join entity's builder, handed to a lambda of UsingEntity: it renames the join table.
            MapJoin(call, join, reading, where);
            return;
        }

        if (entity is null || !method.ParameterIs(1, "System.String"))
        {
            return;
        }

        var state = BuilderState(call, substitution, reading, site)!;
        var name = Text(call.Arguments, 1, substitution);
        if (name is null)
        {
            reading.Notes.Add(call.Arguments.Count > 1 && call.Arguments[1] is TextValue
                ? $"the table name of {entity.DisplayName} in {where} is computed at run time"
                : $"{method.Name}(null) in {where}: {entity.DisplayName} has no table");
            state.Excluded |= call.Arguments.Count > 1 && call.Arguments[1] is not TextValue;
            return;
        }

        state.Table = name;
        state.IsView = method.Name == "ToView";
        string? schema = null;
        if (method.ParameterIs(2, "System.String"))
        {
            schema = Text(call.Arguments, 2, substitution);
            (state.Schema, state.SchemaSetBy) = (schema, null);

            // Noted once the model is read, if no reading of the call (a lambda read again with its closure) knew it.
            state.ComputedSchemaAt = schema is null && call.Arguments.Count > 2 && !IlValue.IsUnknownOrNull(call.Arguments[2]) ? where : null;
        }

        state.Evidence = MappingEvidence.Of(schema is null ? $"{method.Name}(\"{name}\") in {where}" : $"{method.Name}(\"{name}\", \"{schema}\") in {where}");
        state.Site = site;
    }

    /// <summary>
    /// Entity splitting: <c>SplitToTable("DockSchedules", t =&gt; ...)</c> maps a second table to the entity, in the model's
    /// default schema unless the call names one (not the schema of the entity's own table, as EF Core's model agrees).
    /// </summary>
    private static void Split(CallSite call, TypeSubstitution substitution, Reading reading, MappingSite site, string where)
    {
        var method = call.Method;
        if (BuilderEntity(call, substitution) is not { } entity || !method.ParameterIs(1, "System.String"))
        {
            return;
        }

        var state = BuilderState(call, substitution, reading, site)!;
        if (Text(call.Arguments, 1) is not { } name)
        {
            reading.Notes.Add($"the name of the table {entity.DisplayName} is split into in {where} is computed at run time");
            return;
        }

        var schema = method.ParameterIs(2, "System.String") ? Text(call.Arguments, 2) : null;
        var evidence = MappingEvidence.Of(schema is null ? $"{method.Name}(\"{name}\") in {where}" : $"{method.Name}(\"{name}\", \"{schema}\") in {where}");
        state.Split(new SplitTable(name, schema, method.Name == "SplitToView", evidence, site));
    }

    /// <summary>
    /// A configuration as its constructor leaves it, given the arguments it was created with: an object whose fields hold
    /// what the constructor stored (a schema it was given), or <see langword="null"/> when its constructor is not found.
    /// </summary>
    private static NewObjectValue? Constructed(DataAssembly assembly, System.Reflection.Metadata.TypeDefinitionHandle type, NewObjectValue created)
    {
        var constructor = assembly.FindMethod(type, ".ctor", created.Arguments.Count);
        if (constructor.IsNil)
        {
            return null;
        }

        var self = new NewObjectValue(created.Type, created.Arguments);
        _ = assembly.Trace(constructor, [self, .. created.Arguments]);
        return self.Fields.Count > 0 ? self : null;
    }

    /// <summary>
    /// <c>SetSchema</c> and <c>SetTableName</c> on the model's entity types, as <c>OnModelCreating</c> calls them once the
    /// mappings are made: on each entity type of a loop over <c>GetEntityTypes()</c> (every entity type, owned ones
    /// included), or on the one <c>FindEntityType(typeof(T))</c> finds. A value computed at run time, or an entity type
    /// that cannot be told, is noted.
    /// </summary>
    private static void SetOnEntityType(CallSite call, Reading reading, MappingSite site, string where)
    {
        var method = call.Method;
        var what = method.Name == "SetSchema" ? "schema" : "table name";
        var (every, one) = EntityTypeOf(call.Arguments[0]);
        if (!every && one is null)
        {
            reading.Notes.Add($"{method.Name} in {where} sets the {what} of an entity type not found by typeof(...) or a loop over GetEntityTypes(), so it is not read");
            return;
        }

        var whose = every ? "every entity type's" : $"{one!.DisplayName}'s";
        if (Text(call.Arguments, 1) is not { } text || (every && method.Name == "SetTableName"))
        {
            reading.Notes.Add($"{method.Name} in {where} sets {whose} {what} to a value computed at run time, so the {what}s read are those the mappings give");
            return;
        }

        if (every)
        {
            // Every entity type the model holds then, and those EF Core's conventions would have found by then (read later).
            reading.SchemaOfEvery = (text, where);
            foreach (var each in reading.AllEntities)
            {
                (each.Schema, each.SchemaSetBy) = (text, where);
            }

            return;
        }

        var state = reading.Entity(one!, MappingEvidence.None, site);
        if (method.Name == "SetSchema")
        {
            (state.Schema, state.SchemaSetBy) = (text, null);
        }
        else
        {
            state.Table = text;
        }

        state.Evidence = MappingEvidence.Of($"{method.Name}(\"{text}\") on FindEntityType(typeof({one!.DisplayName})) in {where}");
        state.Site = site;
    }

    /// <summary>The entity types a value is: each of a loop over the model's <c>GetEntityTypes()</c>, or the one <c>FindEntityType(typeof(T))</c> finds.</summary>
    private static (bool Every, TypeName? One) EntityTypeOf(IlValue receiver) => receiver switch
    {
        CallResultValue { Method.Name: "get_Current", Arguments: [CallResultValue { Method.Name: "GetEnumerator", Arguments: [var source, ..] }, ..] } when IsEveryEntityType(source) => (true, null),
        CallResultValue { Method.Name: "FindEntityType", Arguments: [_, TypeTokenValue type, ..] } => (false, Concrete(type.Type)),
        _ => (false, null),
    };

    private static bool IsEveryEntityType(IlValue value) => value switch
    {
        CallResultValue { Method.Name: "GetEntityTypes" } => true,
        CallResultValue { Method.Name: "ToList" or "ToArray", Arguments: [var inner] } => IsEveryEntityType(inner),
        _ => false,
    };

    /// <summary>
    /// <c>OwnsOne</c> and <c>OwnsMany</c>: the type is owned by the builder's entity type (itself owned, on an owned
    /// navigation's builder), through the navigation the call names by a lambda or by name.
    /// </summary>
    private static void Own(CallSite call, TypeSubstitution substitution, Reading reading, MappingSite site, string where)
    {
        var method = call.Method;
        if (method.MethodArguments.Count == 0 || Concrete(substitution.Apply(method.MethodArguments[0])) is not { } owned
            || method.DeclaringType.Arguments.Count == 0 || Concrete(substitution.Apply(method.DeclaringType.Arguments[^1])) is not { } owner)
        {
            return;
        }

        var ownerState = OwnedBuilder(method, substitution) is { } ownedOwner ? OwnedState(ownedOwner, reading, site) : reading.Entity(owner, MappingEvidence.None, site);
        var evidence = MappingEvidence.Of($"{method.Name}<{owned.DisplayName}> of {owner.DisplayName} in {where}");
        reading.Owned(ownerState, owned, evidence, site, NamedMember(call.Arguments), method.Name == "OwnsMany");
    }

    private void ApplyConfiguration(IlValue? configuration, CalledMethod method, TypeSubstitution substitution, Reading reading, MappingSite site, string where, int depth)
    {
        if (configuration is not NewObjectValue created || assemblies.Find(created.Type.Type) is not { } found)
        {
            reading.Notes.Add($"ApplyConfiguration in {where}: the configuration is not created there, so its mappings are not read");
            return;
        }

        if (EntityOf(method, [], substitution, 0) is { } entity)
        {
            reading.Entity(entity, MappingEvidence.Of($"configured by {created.Type.Type.DisplayName}"), site);
        }

        // A generic configuration (OpenIddict's, EntityConfiguration<TEntity>) is read with the type arguments it is created
        // with, and one created with arguments (new JournalConfiguration("ledger")) with what its constructor keeps of them.
        Configure(substitution.Apply(created.Type), reading, depth, created.Arguments.Count > 0 ? created : null);
    }

    /// <summary>
    /// <c>ApplyConfigurationsFromAssembly(assembly)</c>: the configurations of the assembly named by
    /// <c>typeof(X).Assembly</c>, <c>Assembly.GetExecutingAssembly()</c> (the assembly of the code that calls it) or
    /// <c>GetType().Assembly</c> (the context's), as EF Core scans it; with a predicate, those of its types it picks.
    /// </summary>
    private void ApplyAssembly(IlValue? assemblyValue, IlValue? predicateValue, DataAssembly calling, Reading reading, MappingSite site, string where, int depth)
    {
        var named = assemblyValue switch
        {
            AssemblyOfValue of => of.Type.Type.Assembly,
            CallResultValue { Method.Name: "GetExecutingAssembly" or "GetCallingAssembly" } => calling.Name,
            CallResultValue { Method.Name: "get_Assembly", Arguments: [CallResultValue { Method.Name: "GetType", Arguments: [var receiver] }] } when IsSelf(receiver, reading) => reading.DbContext.Assembly,
            _ => null,
        };
        if (named is null || assemblies[named] is not { } assembly)
        {
            reading.Notes.Add($"ApplyConfigurationsFromAssembly in {where}: the assembly is not named by typeof(...).Assembly, Assembly.GetExecutingAssembly() or GetType().Assembly there, so its configurations are not read");
            return;
        }

        var predicate = predicateValue is null ? null : Predicate(predicateValue, calling);
        var noted = false;
        foreach (var type in assembly.Guard(() => assembly.Metadata.TypeDefinitions.ToList()))
        {
            var definition = assembly.Guard(() => assembly.Metadata.GetTypeDefinition(type));
            // As EF Core scans: concrete, not generic, with a parameterless constructor of any visibility.
            if ((definition.Attributes & System.Reflection.TypeAttributes.Abstract) != 0 || definition.GetGenericParameters().Count > 0 || !assembly.HasParameterlessConstructor(type))
            {
                continue;
            }

            if (ConfiguredInterface(assembly, type) is not { Arguments.Count: 1 } configured || Concrete(configured.Arguments[0]) is not { } entity)
            {
                continue;
            }

            var name = assembly.Names.Of(type);
            if (predicateValue is not null && (predicate is { } lambda ? lambda.Assembly.Picks(lambda.Method, name) : null) is var picks && picks != true)
            {
                if (picks is null && !noted)
                {
                    // A predicate that cannot be read without running it: every configuration is taken, as if it picked them all.
                    reading.Notes.Add($"ApplyConfigurationsFromAssembly in {where}: its predicate is not one FitnessKit reads (comparisons of the type's Namespace, Name or FullName with text, joined by &&, || and !), so every configuration of {assembly.Name} is taken");
                    noted = true;
                }

                if (picks == false)
                {
                    continue;
                }
            }

            reading.Entity(entity, MappingEvidence.Of($"configured by {name.DisplayName} (ApplyConfigurationsFromAssembly in {where})"), site);
            Configure(name.Use, reading, depth);
        }
    }

    /// <summary>The method of a predicate's lambda (<c>type =&gt; type.Namespace == "..."</c>), and the assembly that defines it.</summary>
    private (DataAssembly Assembly, System.Reflection.Metadata.MethodDefinitionHandle Method)? Predicate(IlValue value, DataAssembly calling)
    {
        if (MethodPointerValue.TargetOf(value) is not { } target || (target.Definition.IsNil ? assemblies[target.DeclaringType.Type.Assembly] : calling) is not { } assembly)
        {
            return null;
        }

        var handle = assembly.FindMethod(target);
        return handle.IsNil ? null : (assembly, handle);
    }

    /// <summary>
    /// <c>IEntityTypeConfiguration&lt;T&gt;</c> as EF Core's scan sees it on a type: declared by the type, or by a base
    /// configuration of the code base or a package, with the arguments in force. The bases of a type that derives from
    /// the framework (an attribute, an exception, <c>DbContext</c>) are not opened: no configuration is among them.
    /// </summary>
    private TypeUse? ConfiguredInterface(DataAssembly assembly, System.Reflection.Metadata.TypeDefinitionHandle type)
    {
        if (assembly.InterfacesOf(type).FirstOrDefault(i => i.Type.FullName == ConfigurationInterface) is { } own)
        {
            return own;
        }

        if (assembly.BaseTypeOf(type) is not { } baseType || IsFrameworkType(baseType.Type))
        {
            return null;
        }

        return BaseChain(assembly.Names.Of(type).Use, "System.Object")
            .Skip(1)
            .SelectMany(c => c.Assembly.InterfacesOf(c.Type).Select(c.Substitution.Apply))
            .FirstOrDefault(i => i.Type.FullName == ConfigurationInterface);
    }

    /// <summary>
    /// Reads a configuration's <c>Configure</c>, its own or the one a base configuration declares (a base class that
    /// maps what every entity shares), with the type arguments in force; a virtual call on <c>this</c> in it runs the
    /// most derived override, as a base configuration's <c>ConfigureEntity(builder)</c> does.
    /// </summary>
    private void Configure(TypeUse configuration, Reading reading, int depth, NewObjectValue? created = null)
    {
        var chain = BaseChain(configuration, "System.Object");
        var self = created is null || chain.Count == 0 ? null : Constructed(chain[0].Assembly, chain[0].Type, created);
        foreach (var (assembly, type, substitution) in chain)
        {
            var configure = assembly.FindMethod(type, "Configure", 1);
            if (configure.IsNil)
            {
                continue;
            }

            var outer = reading.Chain;
            reading.Chain = chain;
            try
            {
                Walk(assembly, configure, substitution, reading, depth + 1, self is null || !ReferenceEquals(assembly, chain[0].Assembly) ? null : [self, new ArgumentValue(1)]);
            }
            finally
            {
                reading.Chain = outer;
            }

            return;
        }
    }
}
