using FitnessKit.ContextMapping;
using FitnessKit.Model;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// The SQL dialect that parts of a code base speak, told by the database providers their assemblies reference: an
/// assembly's own references, else those of its context's assemblies (the provider is often configured in a host or
/// infrastructure project), else the one provider the whole code base references. A context's and the code base's
/// answers are worked out once: asked for each DbContext and each assembly that sends SQL, the code base's alone read
/// every reference of every assembly each time.
/// </summary>
internal sealed class ProviderDialects(ContextModel model)
{
    private readonly Dictionary<BoundedContext, SqlDialect> _contexts = new();
    private SqlDialect? _codeBase;

    /// <summary>Gets the dialect of the one provider the whole code base references, or <see cref="SqlDialect.Unknown"/>.</summary>
    public SqlDialect OfCodeBase => _codeBase ??= SqlSink.DialectOfReferences(model.CodeBase.Assemblies.SelectMany(a => a.References));

    /// <summary>The dialect of a DbContext's provider: its assembly's, else its context's, else the code base's.</summary>
    public SqlDialect OfDbContext(InspectedType dbContext)
    {
        var own = SqlSink.DialectOfReferences(dbContext.Assembly.References);
        if (own == SqlDialect.Unknown && model.ContextOf(dbContext) is { } context)
        {
            own = OfContext(context);
        }

        return own == SqlDialect.Unknown ? OfCodeBase : own;
    }

    /// <summary>The dialect an assembly that sends SQL speaks: its own provider's, else the code base's.</summary>
    public SqlDialect OfAssembly(InspectedAssembly assembly) =>
        SqlSink.DialectOfReferences(assembly.References) is var own && own != SqlDialect.Unknown ? own : OfCodeBase;

    /// <summary>The dialect of the scripts an assembly embeds: its own provider's, else its context's, else the code base's.</summary>
    public SqlDialect OfScripts(InspectedAssembly assembly)
    {
        var own = SqlSink.DialectOfReferences(assembly.References);
        if (own == SqlDialect.Unknown && model.Contexts.FirstOrDefault(c => c.Assemblies.Contains(assembly)) is { } context)
        {
            own = OfContext(context);
        }

        return own == SqlDialect.Unknown ? OfCodeBase : own;
    }

    private SqlDialect OfContext(BoundedContext context)
    {
        if (!_contexts.TryGetValue(context, out var dialect))
        {
            _contexts[context] = dialect = SqlSink.DialectOfReferences(context.Assemblies.SelectMany(a => a.References));
        }

        return dialect;
    }
}
