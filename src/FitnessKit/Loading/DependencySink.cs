using System.Runtime.CompilerServices;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Collects the dependencies of one source type, once per member, kind and target; the first place found is kept.
/// One sink serves every type of an assembly in turn (<see cref="Reset"/>), so its tables are allocated once.
/// </summary>
internal sealed class DependencySink
{
    private readonly HashSet<Key> _seen = new();
    private readonly List<TypeDependency> _items = new();
    private readonly Dictionary<string, int> _memberIds = new(StringComparer.Ordinal);
    private string? _lastMember;
    private int _lastMemberId;

    private Func<TypeName, bool>? _probe;

    public TypeName Source { get; private set; } = null!;

    /// <summary>Gets a value indicating whether the sink only looks for a matching target, keeping nothing (<see cref="Probe"/>).</summary>
    public bool IsProbing => _probe is not null;

    /// <summary>Gets a value indicating whether a probe found a matching target; readers stop early once it has.</summary>
    public bool Found { get; private set; }

    /// <summary>Starts collecting the dependencies of a type.</summary>
    public void Reset(TypeName source) => Start(source, null);

    /// <summary>Starts looking for one dependency of a type whose target matches, keeping nothing: the same dependencies are seen as by <see cref="Reset"/>, without the cost of keeping them.</summary>
    public void Probe(TypeName source, Func<TypeName, bool> match) => Start(source, match);

    private void Start(TypeName source, Func<TypeName, bool>? probe)
    {
        _probe = probe;
        Found = false;
        Source = source;
        _seen.Clear();
        _items.Clear();
        _memberIds.Clear();
        _lastMember = null;
    }

    public int Count => _items.Count;

    public void Add(TypeName target, DependencyKind kind, string? member, bool isPublicSurface, CodeAnchor anchor)
    {
        if (ReferenceEquals(target, Source) || target.IsCompilerGenerated)
        {
            return;
        }

        if (_probe is not null)
        {
            Found = Found || _probe(target);
            return;
        }

        var memberId = member is null ? -1 : MemberId(member);
        if (_seen.Add(new Key(target, kind, memberId)))
        {
            _items.Add(new TypeDependency(Source, member, kind, target, isPublicSurface, anchor));
        }
    }

    public void AddAll(List<TypeName> targets, DependencyKind kind, string? member, bool isPublicSurface, CodeAnchor anchor)
    {
        foreach (var target in targets)
        {
            Add(target, kind, member, isPublicSurface, anchor);
        }
    }

    public TypeDependency[] ToArray() => [.. _items];

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

    private readonly struct Key(TypeName target, DependencyKind kind, int member) : IEquatable<Key>
    {
        private readonly TypeName _target = target;
        private readonly DependencyKind _kind = kind;
        private readonly int _member = member;

        public bool Equals(Key other) => ReferenceEquals(_target, other._target) && _kind == other._kind && _member == other._member;

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_target), (int)_kind, _member);
    }
}
