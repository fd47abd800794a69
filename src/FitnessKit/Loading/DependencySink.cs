using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Collects the dependencies of one source type, once per member, kind and target; the first place found is kept.
/// One sink serves every type of an assembly in turn (<see cref="Reset"/>), so its tables are allocated once.
/// </summary>
/// <remarks>
/// Its tables are a set of numbers, a map keyed by reference and an array: collections over a struct of FitnessKit's
/// are compiled at run time, on every start, and the hottest of them would run unoptimised for a whole cold run.
/// </remarks>
internal sealed class DependencySink
{
    // Tables that grew past this for one type are made anew for the next, not emptied (see Start).
    private const int LargeType = 1024;

    private HashSet<long> _seen = new();
    private Dictionary<TypeName, int> _targetIds = new(SameObject.Comparer);
    private TypeDependency[] _items = new TypeDependency[64];
    private int _count;
    private Dictionary<string, int> _memberIds = new(StringComparer.Ordinal);
    private string? _lastMember;
    private int _lastMemberId;

    private Func<TypeName, bool>? _probe;
    private KeepDependency? _keep;

    public TypeName Source { get; private set; } = null!;

    /// <summary>Gets a value indicating whether the sink only looks for a matching target, keeping nothing (<see cref="Probe"/>).</summary>
    public bool IsProbing => _probe is not null;

    /// <summary>Gets a value indicating whether a probe found a matching target; readers stop early once it has.</summary>
    public bool Found { get; private set; }

    /// <summary>Starts collecting the dependencies of a type: all of them, or only those <paramref name="keep"/> wants (each is still seen, so the first place of each is the same).</summary>
    public void Reset(TypeName source, KeepDependency? keep = null)
    {
        Start(source, null);
        _keep = keep;
    }

    /// <summary>Starts looking for one dependency of a type whose target matches, keeping nothing: the same dependencies are seen as by <see cref="Reset"/>, without the cost of keeping them.</summary>
    public void Probe(TypeName source, Func<TypeName, bool> match) => Start(source, match);

    /// <summary>Lets go of every name and member of the last type, keeping the tables' room for the next assembly's types.</summary>
    public void Clear() => Start(null!, null);

    private void Start(TypeName source, Func<TypeName, bool>? probe)
    {
        _probe = probe;
        _keep = null;
        Found = false;
        Source = source;
        // Emptying a set or a map clears every bucket it has: once one type of a thread's assemblies made them large, each
        // type after it paid for that room (32 ms of thread time on the framework map, a fifteenth of decoding). Tables a
        // large type grew are let go instead, and the next types start small. The set of what was seen holds at least as
        // many entries as either map (each target and member is seen with one), so its size decides for all three.
        if (_seen.Count > LargeType)
        {
            _seen = new HashSet<long>();
            _targetIds = new Dictionary<TypeName, int>(SameObject.Comparer);
            _memberIds = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        else
        {
            _seen.Clear();
            _targetIds.Clear();
            _memberIds.Clear();
        }

        Array.Clear(_items, 0, _count);
        _count = 0;
        _lastMember = null;
    }

    public int Count => _count;

    public void Add(TypeName target, DependencyKind kind, string? member, bool isPublicSurface, CodeAnchor anchor)
    {
        if (target.Equals(Source) || target.IsCompilerGenerated)
        {
            return;
        }

        if (_probe is not null)
        {
            Found = Found || _probe(target);
            return;
        }

        var memberId = member is null ? -1 : MemberId(member);
        if (!_targetIds.TryGetValue(target, out var targetId))
        {
            targetId = _targetIds.Count;
            _targetIds.Add(target, targetId);
        }

        // Target, kind and member in one number: a type has fewer than 2^24 members (a metadata table's row limit).
        if (_seen.Add(((long)targetId << 32) | ((long)kind << 24) | (uint)(memberId + 1)) && (_keep is null || _keep(target, kind, isPublicSurface)))
        {
            if (_count == _items.Length)
            {
                var grown = new TypeDependency[_items.Length * 2];
                Array.Copy(_items, grown, _count);
                _items = grown;
            }

            _items[_count++] = new TypeDependency(Source, member, kind, target, isPublicSurface, anchor);
        }
    }

    public void AddAll(List<TypeName> targets, DependencyKind kind, string? member, bool isPublicSurface, CodeAnchor anchor)
    {
        foreach (var target in targets)
        {
            Add(target, kind, member, isPublicSurface, anchor);
        }
    }

    /// <summary>Gets the dependencies found since the last reset, valid until the next.</summary>
    public ReadOnlySpan<TypeDependency> Items => _items.AsSpan(0, _count);

    public TypeDependency[] ToArray()
    {
        var dependencies = new TypeDependency[_count];
        Array.Copy(_items, dependencies, _count);
        return dependencies;
    }

    private int MemberId(string member)
    {
        if (ReferenceEquals(member, _lastMember))
        {
            return _lastMemberId;
        }

        if (!_memberIds.TryGetValue(member, out var id))
        {
            id = _memberIds.Count;
            _memberIds.Add(member, id);
        }

        _lastMember = member;
        _lastMemberId = id;
        return id;
    }
}
