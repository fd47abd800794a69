using FitnessKit.ContextMapping;
using FitnessKit.Coupling;
using FitnessKit.Dependencies;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Tables;

namespace FitnessKit.Rules;

/// <summary>What a rule evaluates against: the code, its contexts and its persistence types, computed once for all rules.</summary>
public sealed class RuleContext
{
    private readonly SystemCatalogs _catalogs;

    // Which catalogs this check's rules asked for: its report shows the tables, the persistence types and the
    // dependencies between contexts only when one of its rules needed them, though another check of the same model
    // may have built them already.
    private volatile bool _persistenceAsked;
    private volatile bool _tablesAsked;
    private volatile bool _couplingAsked;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="model">The resolved context model.</param>
    public RuleContext(ContextModel model)
        : this(model ?? throw new ArgumentNullException(nameof(model)), new SystemCatalogs(model))
    {
    }

    /// <summary>Initializes a new instance that shares the catalogs another check of the same model built.</summary>
    internal RuleContext(ContextModel model, SystemCatalogs catalogs)
    {
        Model = model;
        _catalogs = catalogs;
    }

    /// <summary>Gets the resolved contexts.</summary>
    public ContextModel Model { get; }

    /// <summary>Gets the code base.</summary>
    public CodeBase CodeBase => Model.CodeBase;

    /// <summary>Gets the persistence types of the code base.</summary>
    public PersistenceCatalog Persistence
    {
        get
        {
            _persistenceAsked = true;
            return _catalogs.Persistence;
        }
    }

    /// <summary>
    /// The public surface of a contract type as the rules that look in it for persistence types read it (FK003, and
    /// FK001's offer of contracts). A check keeps of a contract's surface what names the system's, a context's or a
    /// framework's types (<c>DependencyRetention</c>); when a persistence type lies outside those (an entity of a
    /// package no context holds, or of an assembly not inspected, mapped by a DbSet), the type's every dependency is read.
    /// </summary>
    internal IReadOnlyList<TypeDependency> SurfaceOf(InspectedType contract)
    {
        _persistenceAsked = true;
        return _catalogs.PersistenceOutsideTheSystem ? contract.Dependencies : Model.View.Of(contract);
    }

    /// <summary>Gets the tables of the code base: what each context maps, what its SQL reads and writes, and who owns each table. Read on first use.</summary>
    public TableCatalog Tables
    {
        get
        {
            // Built from the persistence types, which the report then shows too, as when this check built both.
            _persistenceAsked = true;
            _tablesAsked = true;
            return _catalogs.Tables;
        }
    }

    /// <summary>Gets how each context uses each other one, and every synchronous query among them: the larger part of <see cref="Dependencies"/>, built first. Computed on first use.</summary>
    internal ContextCoupling Coupling
    {
        get
        {
            _couplingAsked = true;
            return _catalogs.Coupling;
        }
    }

    /// <summary>Gets which context depends on which, through code and through data (so the tables are read too), and the groups of contexts in cycles. Computed on first use.</summary>
    internal ContextDependencies Dependencies
    {
        get
        {
            _persistenceAsked = true;
            _tablesAsked = true;
            _couplingAsked = true;
            return _catalogs.Dependencies;
        }
    }

    /// <summary>Gets the ids of the rules evaluated together, so that two rules never report one thing twice (FK001 leaves a foreign DbContext to FK008 when both run).</summary>
    internal IReadOnlySet<string> EvaluatedRules { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Gets a value indicating whether the tables were read, so that reports show them only when a rule needed them.</summary>
    internal bool HasTables => _tablesAsked;

    /// <summary>
    /// Gets the dependencies between contexts if a rule read them, or their coupling alone (FK012), so that reports draw
    /// them without computing them again: the rest is built now, tables and all, as when the rule read them all.
    /// <see langword="null"/> when no rule read either.
    /// </summary>
    internal ContextDependencies? DependenciesRead => _couplingAsked ? Dependencies : null;

    /// <summary>Gets a value indicating whether the persistence types were recognised, so that reports say what could not be decided.</summary>
    internal bool HasPersistence => _persistenceAsked;
}
