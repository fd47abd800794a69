using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>The join tables EF Core makes by convention for a many-to-many relationship with no join entity.</summary>
internal sealed partial class EfModelReader
{
    private static readonly HashSet<string> CollectionTypes = new(StringComparer.Ordinal)
    {
        "System.Collections.Generic.ICollection`1", "System.Collections.Generic.List`1", "System.Collections.Generic.IList`1",
        "System.Collections.Generic.HashSet`1", "System.Collections.Generic.ISet`1", "System.Collections.Generic.IEnumerable`1",
        "System.Collections.Generic.IReadOnlyCollection`1", "System.Collections.Generic.IReadOnlyList`1",
    };

    /// <summary>
    /// Two entities of the model that each hold a collection of the other are joined by a table EF Core names after
    /// both, the ordinally smaller name first (<c>ProductTag</c>), in the model's default schema. A model that
    /// configures a join itself (<c>UsingEntity</c>) is noted instead, since which pair it configures is not read.
    /// </summary>
    private IEnumerable<(string Name, string Evidence, MappingSite? Site)> ConventionJoinTables(Reading reading)
    {
        if (reading.ConfiguresJoins)
        {
            reading.Notes.Add("UsingEntity configures a many-to-many join; its join table is not read");
            yield break;
        }

        var collections = new Dictionary<TypeName, HashSet<TypeName>>();
        foreach (var entity in reading.Entities.Values.Where(e => !e.Excluded && e.Owner is null))
        {
            if (assemblies.Find(entity.Entity) is not { } definition)
            {
                continue;
            }

            collections[entity.Entity] = [.. definition.Assembly.GenericProperties(definition.Type)
                .Where(p => CollectionTypes.Contains(p.Type.Type.FullName) && p.Type.Arguments.Count == 1)
                .Select(p => p.Type.Arguments[0].Type)];
        }

        foreach (var (left, targets) in collections)
        {
            foreach (var right in targets)
            {
                if (collections.TryGetValue(right, out var back) && back.Contains(left) && string.CompareOrdinal(ShortName(left), ShortName(right)) < 0)
                {
                    yield return (ShortName(left) + ShortName(right), $"many-to-many between {left.DisplayName} and {right.DisplayName}, joined by convention", reading.Entities[left].Site);
                }
            }
        }
    }
}
