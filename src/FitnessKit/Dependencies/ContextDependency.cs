using FitnessKit.Coupling;
using FitnessKit.Model;
using FitnessKit.Tables;

namespace FitnessKit.Dependencies;

/// <summary>
/// Context <see cref="From"/> depends on context <see cref="To"/>: through code (a type of one uses a type of the other,
/// through contracts or not: an allowed dependency is still a dependency), through data (SQL in one reads or writes a
/// table the other owns, with no assembly reference needed), or both; with one example of each, chosen the same way on
/// every run.
/// </summary>
internal sealed class ContextDependency
{
    private readonly List<TypeDependency> _codeExample = [];

    public ContextDependency(string from, string to)
    {
        From = from;
        To = to;
    }

    /// <summary>Gets the context that depends.</summary>
    public string From { get; }

    /// <summary>Gets the context depended upon.</summary>
    public string To { get; }

    /// <summary>Gets how many pairs of type names (a type of <see cref="From"/>, a type of <see cref="To"/>) the code dependency has.</summary>
    public int Uses { get; private set; }

    /// <summary>Gets how many reads and writes of tables <see cref="To"/> owns the SQL of <see cref="From"/> holds.</summary>
    public int DataUses { get; private set; }

    /// <summary>Gets how the code of <see cref="From"/> uses <see cref="To"/>, by style: distinct uses that consume events, send commands, ask queries, or only use types (<see cref="DataUses"/> counts the data).</summary>
    public StyleCounts Styles { get; internal set; }

    /// <summary>Gets the styles of the dependency, in <see cref="CouplingStyle"/> order, with their counts: only those it has.</summary>
    public IReadOnlyList<(CouplingStyle Style, int Count)> StyleList =>
        [.. Enum.GetValues<CouplingStyle>().Select(s => (s, s == CouplingStyle.Data ? DataUses : Styles[s])).Where(s => s.Item2 > 0)];

    /// <summary>Gets a value indicating whether some use reaches a type outside <see cref="To"/>'s contracts.</summary>
    public bool ReachesInternals { get; private set; }

    /// <summary>Gets the example of the code dependency: the first by source type, member and target name, preferring a call, a creation or a field access, then other code in a method body, with every kind of dependency that member has on that target there; empty for a data-only dependency.</summary>
    public IReadOnlyList<TypeDependency> CodeExample => _codeExample;

    /// <summary>Gets the example of the data dependency: the first table access by source type, member and table; <see langword="null"/> for a code-only dependency.</summary>
    public SqlAccess? DataExample { get; private set; }

    /// <summary>Adds a dependency of the code; <paramref name="isNewPair"/> when its source and target names are a pair not counted yet.</summary>
    internal void Add(TypeDependency dependency, bool isContract, bool isNewPair)
    {
        Uses += isNewPair ? 1 : 0;
        ReachesInternals |= !isContract;
        var order = _codeExample.Count == 0 ? -1 : Compare(dependency, _codeExample[0]);
        if (order < 0)
        {
            _codeExample.Clear();
        }

        if (order <= 0)
        {
            _codeExample.Add(dependency);
        }
    }

    internal void Add(SqlAccess access)
    {
        DataUses++;
        if (DataExample is null || Compare(access, DataExample) < 0)
        {
            DataExample = access;
        }
    }

    /// <summary>Code that acts on the target first (a call, a creation, a field access), then other code in a method body (which has a line to show), then signatures; then by source type, member and target.</summary>
    private static int Compare(TypeDependency x, TypeDependency y)
    {
        var order = Telling(x).CompareTo(Telling(y));
        order = order != 0 ? order : string.CompareOrdinal(x.Source.ReportedName, y.Source.ReportedName);
        order = order != 0 ? order : string.CompareOrdinal(x.Member, y.Member);
        return order != 0 ? order : string.CompareOrdinal(x.Target.ReportedName, y.Target.ReportedName);
    }

    private static int Telling(TypeDependency dependency) => dependency.Kind switch
    {
        DependencyKind.MethodCall or DependencyKind.ObjectCreation or DependencyKind.FieldAccess => 0,
        _ when dependency.Anchor.ILOffset >= 0 => 1,
        _ => 2,
    };

    private static int Compare(SqlAccess x, SqlAccess y)
    {
        var order = string.CompareOrdinal(x.Statement.SourceType.ReportedName, y.Statement.SourceType.ReportedName);
        order = order != 0 ? order : string.CompareOrdinal(x.Statement.SourceMember, y.Statement.SourceMember);
        order = order != 0 ? order : x.Statement.Index.CompareTo(y.Statement.Index);
        order = order != 0 ? order : string.CompareOrdinal(x.Table.ToString(), y.Table.ToString());
        return order != 0 ? order : x.Access.CompareTo(y.Access);
    }
}
