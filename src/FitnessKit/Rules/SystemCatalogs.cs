using FitnessKit.ContextMapping;
using FitnessKit.Coupling;
using FitnessKit.Dependencies;
using FitnessKit.Persistence;
using FitnessKit.Tables;

namespace FitnessKit.Rules;

/// <summary>
/// The catalogs of the whole system that the rules decide with, for one resolved context model: its persistence types,
/// its tables, how its contexts use each other, and which context depends on which. Each is built when a rule first asks
/// for it, once, whichever rules ask and however many checks share the model (a test project checks one rule per test
/// case); none depends on which rules run. Built, each is read-only, and read by rules on several threads at once.
/// </summary>
internal sealed class SystemCatalogs
{
    private readonly Lazy<PersistenceCatalog> _persistence;
    private readonly Lazy<TableCatalog> _tables;
    private readonly Lazy<ContextCoupling> _coupling;
    private readonly Lazy<ContextDependencies> _dependencies;
    private readonly Lazy<bool> _persistenceOutsideTheSystem;

    public SystemCatalogs(ContextModel model)
    {
        _persistence = new Lazy<PersistenceCatalog>(() => PersistenceCatalog.Build(model.CodeBase, model.Map.Persistence, model.View));
        _persistenceOutsideTheSystem = new Lazy<bool>(() => Persistence.Names.Any(n => !model.IsJudged(n.Assembly) && model.ContextOf(n) is null));
        _tables = new Lazy<TableCatalog>(() => TableCatalog.Build(model, Persistence));
        _coupling = new Lazy<ContextCoupling>(() => ContextCoupling.Read(model));
        // The coupling first: a rule that reads only the coupling (FK012) can start while the rest is built.
        _dependencies = new Lazy<ContextDependencies>(() =>
        {
            var coupling = Coupling;
            return ContextDependencies.Build(model, Tables, coupling);
        });
    }

    public PersistenceCatalog Persistence => _persistence.Value;

    /// <summary>Gets a value indicating whether some persistence type lies outside the system: in an assembly no check judges, in no context.</summary>
    public bool PersistenceOutsideTheSystem => _persistenceOutsideTheSystem.Value;

    public TableCatalog Tables => _tables.Value;

    public ContextCoupling Coupling => _coupling.Value;

    public ContextDependencies Dependencies => _dependencies.Value;
}
