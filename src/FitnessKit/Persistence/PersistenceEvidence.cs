using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Persistence;

/// <summary>
/// Why a type was recognised as persistence code, kept as what it names and written when read: over a thousand
/// DbContexts a catalog held 7 MB of these phrases, composed as each type was found, to the end of the check, for the
/// few messages and reports that quote them. What it names lives on anyway (the DbSet property's type and name, the
/// DbContext's and the configuration's names).
/// </summary>
internal abstract class PersistenceEvidence
{
    /// <summary>Gets no evidence.</summary>
    public static PersistenceEvidence None { get; } = new Written(string.Empty);

    /// <summary>Writes the phrase.</summary>
    /// <returns>Such as <c>mapped by DbSet&lt;Order&gt; Orders of Shop.Orders.Infrastructure.OrdersDbContext</c>.</returns>
    public abstract string Text();

    /// <summary>A phrase already written.</summary>
    public static PersistenceEvidence Of(string text) => text.Length == 0 ? None : new Written(text);

    /// <summary><c>implements IEntityTypeConfiguration&lt;Order&gt;</c>, the interface named as C# writes it.</summary>
    public static PersistenceEvidence Implements(TypeUse type, IReadOnlyList<string>? ownParameters) => new Implementing(type, ownParameters);

    /// <summary><c>mapped by DbSet&lt;Order&gt; Orders of</c> the DbContext that declares it.</summary>
    public static PersistenceEvidence EntitySet(TypeUse set, string property, string on) => new MappedBySet(set, property, on);

    /// <summary><c>configured by</c> an entity configuration.</summary>
    public static PersistenceEvidence ConfiguredBy(TypeName configuration) => new Configured(configuration);

    /// <summary>
    /// Several reasons in a phrase of at most three, the same reason said once, so that an entity that twenty DbContexts
    /// map does not make a message of twenty clauses (<see cref="PersistenceType.MappedBy"/> keeps them all).
    /// </summary>
    public static PersistenceEvidence AllOf(IReadOnlyList<PersistenceEvidence> reasons) => reasons.Count == 1 ? reasons[0] : new Reasons([.. reasons]);

    private sealed class Written(string text) : PersistenceEvidence
    {
        public override string Text() => text;
    }

    private sealed class Implementing(TypeUse type, IReadOnlyList<string>? ownParameters) : PersistenceEvidence
    {
        public override string Text() => $"implements {CodeBase.NameOf(type, ownParameters, qualified: false)}";
    }

    private sealed class MappedBySet(TypeUse set, string property, string on) : PersistenceEvidence
    {
        public override string Text() => $"mapped by {CodeBase.NameOf(set, null, qualified: false)} {property} of {on}";
    }

    private sealed class Configured(TypeName configuration) : PersistenceEvidence
    {
        public override string Text() => $"configured by {configuration.DisplayName}";
    }

    private sealed class Reasons(PersistenceEvidence[] reasons) : PersistenceEvidence
    {
        public override string Text()
        {
            var written = reasons.Select(r => r.Text()).Distinct(StringComparer.Ordinal).ToList();
            return written.Count <= 3 ? string.Join("; ", written) : string.Join("; ", written.Take(2)) + $"; and {Phrases.Number(written.Count - 2)} more";
        }
    }
}
