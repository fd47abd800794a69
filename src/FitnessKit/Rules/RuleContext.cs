namespace FitnessKit;

/// <summary>What a rule evaluates against: the code, its contexts and its persistence types, computed once for all rules.</summary>
public sealed class RuleContext
{
    private readonly Lazy<PersistenceCatalog> _persistence;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="model">The resolved context model.</param>
    public RuleContext(ContextModel model)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        _persistence = new Lazy<PersistenceCatalog>(() => PersistenceCatalog.Build(model.CodeBase, model.Map.Persistence));
    }

    /// <summary>Gets the resolved contexts.</summary>
    public ContextModel Model { get; }

    /// <summary>Gets the code base.</summary>
    public CodeBase CodeBase => Model.CodeBase;

    /// <summary>Gets the persistence types of the code base.</summary>
    public PersistenceCatalog Persistence => _persistence.Value;
}
