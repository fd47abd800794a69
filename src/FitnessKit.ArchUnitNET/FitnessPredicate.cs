using ArchUnitNET.Domain;
using ArchUnitNET.Fluent.Predicates;
using FitnessKit.Inspection;

namespace FitnessKit.ArchUnitNET;

/// <summary>
/// A set of types that FitnessKit recognises, as an ArchUnitNET predicate for
/// <c>Types().That().FollowCustomPredicate(...)</c>. Types are matched to FitnessKit's model by assembly and full name.
/// </summary>
public sealed class FitnessPredicate : IPredicate<IType>
{
    private readonly Func<CodeBase, Func<string, string, bool>> _matcher;
    private readonly ArchitectureFiles _files;

    internal FitnessPredicate(string description, Func<CodeBase, Func<string, string, bool>> matcher, ArchitectureFiles files)
    {
        Description = description;
        _matcher = matcher;
        _files = files;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>Looks for the architecture's assembly files in a folder too, such as the bin folder they were loaded from.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>A predicate that also searches the folder.</returns>
    public FitnessPredicate LocatedIn(string folder) => new(Description, _matcher, _files.With(folder));

    /// <inheritdoc />
    public IEnumerable<IType> GetMatchingObjects(IEnumerable<IType> objects, Architecture architecture)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        var matches = _matcher(_files.Load(architecture));
        return objects.Where(t => matches(t.Assembly.Name, t.FullName));
    }
}
