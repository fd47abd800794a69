using FitnessKit.Loading;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// How a mapping's table was decided, kept as what it names and written when read (<see cref="TableMapping.Evidence"/>):
/// over a thousand DbContexts the tables held 17,000 phrases such as <c>DbSet&lt;Order&gt; Orders of
/// Shop.Orders.OrdersDbContext</c>, 3.4 MB composed as each entity was read and kept to the end of the check, for the
/// few messages and reports that quote them. Two are equal when they read the same.
/// </summary>
internal abstract class MappingEvidence : IEquatable<MappingEvidence>
{
    /// <summary>Gets no evidence: an entity mentioned before anything says how it is mapped.</summary>
    public static MappingEvidence None { get; } = new Written(string.Empty);

    /// <summary>Gets a value indicating whether there is no evidence yet.</summary>
    public bool IsEmpty => ReferenceEquals(this, None);

    // How each kind is kept in the cache (StoredContextModels): its tag, then its parts.
    private const byte WrittenTag = 0;
    private const byte MappedBySetTag = 1;
    private const byte AfterTypeTag = 2;
    private const int MostNesting = 8;

    /// <summary>A phrase already written.</summary>
    public static MappingEvidence Of(string text) => text.Length == 0 ? None : new Written(text);

    /// <summary><c>DbSet&lt;Order&gt; Orders of</c> the DbContext that declares the property.</summary>
    public static MappingEvidence EntitySet(TypeName entity, string property, TypeName dbContext) => new MappedBySet(entity, property, dbContext);

    /// <summary>The evidence of the entity, and that the table is named after its type (no DbSet names it).</summary>
    public static MappingEvidence NamedAfterType(MappingEvidence entity) => new AfterType(entity);

    /// <summary>
    /// The same evidence naming the entity as <paramref name="held"/> where it named it as <paramref name="read"/>: the
    /// name the code base holds for the type in place of the model reader's own, which would otherwise live on beside it.
    /// </summary>
    public virtual MappingEvidence Naming(TypeName read, TypeName held) => this;

    /// <summary>Writes the phrase.</summary>
    /// <returns>Such as <c>ToTable("Orders") in OrderConfiguration.Configure</c>.</returns>
    public abstract string Text();

    /// <summary>Reads evidence that <see cref="Store"/> wrote, its names held by <paramref name="names"/>.</summary>
    public static MappingEvidence Restore(ref CacheReader reader, TypeNameTable names, int depth = 0) => reader.ReadByte() switch
    {
        WrittenTag => Of(reader.ReadString()),
        MappedBySetTag => new MappedBySet(ModelCache.ReadName(ref reader, names), reader.ReadString(), ModelCache.ReadName(ref reader, names)),
        AfterTypeTag when depth < MostNesting => new AfterType(Restore(ref reader, names, depth + 1)),
        var tag => throw new InvalidDataException($"evidence of kind {tag}"),
    };

    /// <summary>Writes the evidence for the cache, as what it names: <see cref="Restore"/> reads it back.</summary>
    public abstract void Store(BinaryWriter writer);

    /// <inheritdoc />
    public bool Equals(MappingEvidence? other) =>
        other is not null && (ReferenceEquals(this, other) || string.Equals(Text(), other.Text(), StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MappingEvidence);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text());

    /// <inheritdoc />
    public override string ToString() => Text();

    private sealed class Written(string text) : MappingEvidence
    {
        public override string Text() => text;

        public override void Store(BinaryWriter writer)
        {
            writer.Write(WrittenTag);
            writer.Write(text);
        }
    }

    private sealed class MappedBySet(TypeName entity, string property, TypeName dbContext) : MappingEvidence
    {
        public override MappingEvidence Naming(TypeName read, TypeName held) =>
            ReferenceEquals(entity, read) && !ReferenceEquals(read, held) ? new MappedBySet(held, property, dbContext) : this;

        public override string Text() => $"DbSet<{entity.DisplayName}> {property} of {dbContext.DisplayName}";

        public override void Store(BinaryWriter writer)
        {
            writer.Write(MappedBySetTag);
            ModelCache.WriteName(writer, entity);
            writer.Write(property);
            ModelCache.WriteName(writer, dbContext);
        }
    }

    private sealed class AfterType(MappingEvidence mapped) : MappingEvidence
    {
        public override MappingEvidence Naming(TypeName read, TypeName held) =>
            mapped.Naming(read, held) is var renamed && !ReferenceEquals(renamed, mapped) ? new AfterType(renamed) : this;

        public override string Text() => $"{mapped.Text()}; table named after the type";

        public override void Store(BinaryWriter writer)
        {
            writer.Write(AfterTypeTag);
            mapped.Store(writer);
        }
    }
}
