using System.Collections.Concurrent;
using FitnessKit.ContextMapping;
using FitnessKit.Loading;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Coupling;

/// <summary>Reads the uses of one context's types by another, one type at a time, then the calls that need the IL.</summary>
internal sealed class CouplingReader(ContextModel model, MessageCatalog messages)
{
    // By the using context's name, then the used one's: a dictionary keyed by tuples is generic code compiled at every start.
    private readonly Dictionary<string, Dictionary<string, PairUses>> _pairs = new(StringComparer.Ordinal);
    // By assembly, then the metadata token of the calling type.
    private readonly Dictionary<InspectedAssembly, Dictionary<int, HashSet<string>?>> _callers = new();
    private readonly Dictionary<TypeName, bool> _services = new();
    // The services of other contexts that some member calls: only calls to one of them are read from the IL.
    private readonly HashSet<TypeName> _called = new();
    private readonly Dictionary<(TypeName Client, string Method), (BoundedContext Context, (string, string, string) Key)> _refitMethods = new();

    public MessageCatalog Messages => messages;

    /// <summary>Gets the queries found, keyed by asking type, member and query.</summary>
    public Dictionary<(string Caller, string Member, string Query), SynchronousQuery> Queries { get; } = new();

    /// <summary>Classifies the dependencies of a type on other contexts; notes the type when its calls need the IL.</summary>
    public void ReadType(BoundedContext context, InspectedType type)
    {
        var client = ClientRoute(type);
        var refitMembers = client == QueryRoute.Refit
            ? model.View.Of(type).Where(d => d.Kind == DependencyKind.Attribute && MessageConventions.IsRefitVerb(d.Target)).Select(d => d.Member).ToHashSet(StringComparer.Ordinal)
            : null;
        // The members of this type that call a service of another context; every member when a call has no member.
        HashSet<string>? callers = null;
        var everyMember = false;
        // By index: a kept list's enumerator is an object, made for every type of every context.
        var dependencies = model.View.Of(type);
        for (var i = 0; i < dependencies.Count; i++)
        {
            var dependency = dependencies[i];
            if (model.ContextOf(dependency.Target) is not { } target || target == context)
            {
                continue;
            }

            var uses = Pair(context, target);
            uses.Seen(type.Name, dependency.Target);
            switch (messages.KindOf(dependency.Target))
            {
                case MessageKind.Event:
                    uses.Add(CouplingStyle.Events, type.Name, dependency.Target, dependency.Target.FullName);
                    break;
                case MessageKind.Command:
                    uses.Add(CouplingStyle.Commands, type.Name, dependency.Target, dependency.Target.FullName);
                    break;
                case MessageKind.Query:
                    uses.Add(CouplingStyle.Queries, type.Name, dependency.Target, dependency.Target.FullName);
                    if (dependency.Kind is DependencyKind.ObjectCreation or DependencyKind.GenericArgument && dependency.Member is { } sender)
                    {
                        AddQuery(context, target, type, sender, QueryRoute.Message, dependency.Target, null, null, dependency.Target, dependency.Kind, dependency.Anchor);
                    }

                    break;
                case MessageKind.None when dependency.Kind == DependencyKind.MethodCall && IsService(dependency.Target):
                    _called.Add(dependency.Target);
                    if (dependency.Member is { } member)
                    {
                        (callers ??= new(StringComparer.Ordinal)).Add(member);
                    }
                    else
                    {
                        everyMember = true;
                    }

                    break;
                case MessageKind.None when dependency.Kind == DependencyKind.ReturnType && dependency.Member is { } method
                    && (client == QueryRoute.HttpClient || (refitMembers?.Contains(method) ?? false)) && !IsInterface(dependency.Target):
                    uses.Add(CouplingStyle.Queries, type.Name, dependency.Target, $"{type.FullName}.{method}");
                    var key = AddQuery(context, target, type, method, client!.Value, type.Name, method, null, dependency.Target, dependency.Kind, dependency.Anchor);
                    if (client == QueryRoute.Refit)
                    {
                        _refitMethods.TryAdd((type.Name, method), (context, key));
                    }

                    break;
            }
        }

        if (everyMember || callers is not null)
        {
            NoteCallers(type, everyMember ? null : callers!);
        }
    }

    /// <summary>
    /// Reads the calls of the types noted by <see cref="ReadType"/>: a method of another context that returns data is a
    /// query, one that returns nothing a command. A check records them as it decodes (<see cref="ForeignCall"/>); the IL
    /// of an assembly whose types it did not decode from their file (read from a cache, or decoded in full) is read
    /// again, unless the model cache holds the calls found in that build for the same question (<see cref="CallQuestion"/>).
    /// </summary>
    public void ReadCalls()
    {
        // Each assembly's IL is scanned on its own thread, and closed when scanned; the calls are then read in the order the assemblies were noted.
        var calls = new ConcurrentDictionary<InspectedAssembly, IReadOnlyList<OwnedCall>>();
        foreach (var (assembly, types) in _callers)
        {
            if (Recorded(assembly, types.Keys) is { } recorded)
            {
                calls[assembly] = recorded;
            }
        }

        // Only calls to a service of a context that is no message need their signature. Those that some member of
        // another context calls were noted as its types were read; the long way decides for each declaring type met,
        // once, under a lock, as the catalogs are not shared between threads.
        var decisions = new ConcurrentDictionary<TypeName, bool>();
        var gate = new object();
        bool Decided(TypeName type) => decisions.TryGetValue(type, out var known) ? known : decisions.GetOrAdd(type, t =>
        {
            lock (gate)
            {
                return model.ContextOf(t) is not null && messages.KindOf(t) == MessageKind.None && IsService(t);
            }
        });
        Func<TypeName, bool> offered = Shortcuts.Taken ? _called.Contains : Decided;

        // The cache answers only the question the shortcuts ask: the long way reads the IL, as it reads everything.
        var cache = Shortcuts.Taken ? model.CodeBase.Cache : null;
        var questions = cache is null ? null : new CallQuestion(_called);

        // Only the members that call a service of another context are read (a member's overloads, lambdas and state machines included), unless the shortcuts are off.
        var byMember = Shortcuts.Taken;
        // With a cache, the recorded calls are written to it, for the next check that reads the model from it.
        model.CodeBase.ForEachAssembly([.. _callers.Keys.Where(a => cache is not null || !calls.ContainsKey(a))], assembly =>
        {
            var callers = _callers[assembly];
            var question = questions?.Of(callers) ?? default;
            if (calls.TryGetValue(assembly, out var recorded))
            {
                cache?.WriteCalls(assembly, question, recorded);
                return;
            }

            // Each assembly's names are its own: interned in a table the threads share, they would outlive it.
            var names = TypeNameTable.ForOneThread();
            if (cache?.TryReadCalls(assembly, question, names) is { } stored)
            {
                calls[assembly] = stored;
                return;
            }

            using var data = DataAssembly.Open(assembly.Path, names);
            var found = FirstOfEach(data.CallsOf(
                callers.Keys.ToHashSet(),
                offered,
                byMember ? method => callers.TryGetValue(method.TypeToken, out var members) && (members is null || members.Contains(method.Member) || members.Contains(EventOf(method.Member))) : null)
                .Select(c => new OwnedCall(c.Owner.Type, c.Owner.TypeToken, new ForeignCall(c.Owner.Member, c.Owner.MethodToken, c.Offset, c.Method.DeclaringType.Type, c.Method.Name, c.Method.ReturnType)))
                .ToList());
            calls[assembly] = found;
            cache?.WriteCalls(assembly, question, found);
        });
        foreach (var assembly in _callers.Keys)
        {
            foreach (var call in calls[assembly])
            {
                ReadCall(assembly, call);
            }
        }

        LocateRefitCalls(TypeNameTable.ForOneThread());
    }

    /// <summary>
    /// The calls a check recorded of the noted types of an assembly as it decoded them, of the services of other contexts
    /// that some member calls (those the IL would be scanned for), in the order a scan of the IL finds them; <see
    /// langword="null"/> when a type's calls were not recorded.
    /// </summary>
    private List<OwnedCall>? Recorded(InspectedAssembly assembly, ICollection<int> tokens)
    {
        if (!Shortcuts.Taken)
        {
            return null;
        }

        var found = new List<OwnedCall>();
        foreach (var type in assembly.Types)
        {
            if (!tokens.Contains(type.Token))
            {
                continue;
            }

            if (model.View.ForeignCallsOf(type) is not { } recorded)
            {
                return null;
            }

            foreach (var call in recorded)
            {
                if (_called.Contains(call.DeclaringType))
                {
                    found.Add(new OwnedCall(type.Name, type.Token, call));
                }
            }
        }

        // A scan of the IL finds the calls in the order of the types' rows, then of their methods' rows and IL offsets.
        found.Sort(static (a, b) => a.TypeToken != b.TypeToken ? a.TypeToken.CompareTo(b.TypeToken)
            : a.Call.MethodToken != b.Call.MethodToken ? a.Call.MethodToken.CompareTo(b.Call.MethodToken)
            : a.Call.Offset.CompareTo(b.Call.Offset));
        return FirstOfEach(found);
    }

    /// <summary>
    /// The first call of each member to each method name of a type, in the order found, whether it returns data or not:
    /// another such call adds no style and no query (both are sets, keyed by those alone, and a query keeps its first
    /// call's place and return type). Many calls repeat one: half of the framework map's (10,377 to 5,162).
    /// </summary>
    private static List<OwnedCall> FirstOfEach(IReadOnlyList<OwnedCall> calls)
    {
        var seen = new HashSet<(int Type, string Member, TypeName Declaring, string Method, bool ReturnsData)>(calls.Count);
        var first = new List<OwnedCall>(calls.Count);
        foreach (var owned in calls)
        {
            var call = owned.Call;
            if (seen.Add((owned.TypeToken, call.Member, call.DeclaringType, call.Method, MessageConventions.ReturnsData(call.Method, call.ReturnType))))
            {
                first.Add(owned);
            }
        }

        return first;
    }

    /// <summary>
    /// The event an accessor's method belongs to, as the decoder names the member of its dependencies: <c>add_Printed</c>
    /// is <c>Printed</c>, and an explicit implementation's <c>Orders.IOrderFeed.add_Printed</c> is
    /// <c>Orders.IOrderFeed.Printed</c> (a property's accessors are named for it already, <see cref="MethodOwner.MemberOf"/>);
    /// any other name as it is. Reading a method too many is harmless, one too few loses its calls.
    /// </summary>
    private static string EventOf(string member)
    {
        // An explicit implementation is named for its interface, then the accessor.
        var start = member.LastIndexOf('.') + 1;
        foreach (var accessor in (string[])["add_", "remove_", "raise_"])
        {
            if (string.CompareOrdinal(member, start, accessor, 0, accessor.Length) == 0 && member.Length > start + accessor.Length)
            {
                return string.Concat(member.AsSpan(0, start), member.AsSpan(start + accessor.Length));
            }
        }

        return member;
    }

    /// <summary>Notes the members of a type whose IL calls a service of another context; <see langword="null"/> notes every member of it.</summary>
    private void NoteCallers(InspectedType type, HashSet<string>? members)
    {
        var callers = _callers.TryGetValue(type.Assembly, out var found) ? found : _callers[type.Assembly] = new();
        if (members is null || !callers.TryGetValue(type.Token, out var noted))
        {
            callers[type.Token] = members;
        }
        else
        {
            noted?.UnionWith(members);
        }
    }

    /// <summary>The counts of each pair of contexts: a type use counts only where no event, command or query covers its pair of types.</summary>
    public Dictionary<string, Dictionary<string, StyleCounts>> Counts()
    {
        var counts = new Dictionary<string, Dictionary<string, StyleCounts>>(StringComparer.Ordinal);
        foreach (var (from, uses) in _pairs)
        {
            var to = counts[from] = new Dictionary<string, StyleCounts>(StringComparer.Ordinal);
            foreach (var (used, pair) in uses)
            {
                to[used] = pair.Counts();
            }
        }

        return counts;
    }

    private void ReadCall(InspectedAssembly assembly, OwnedCall owned)
    {
        var call = owned.Call;
        var declaring = call.DeclaringType;
        if (model.ContextOf(owned.Type) is not { } context || model.ContextOf(declaring) is not { } target || target == context
            || !MessageConventions.IsOfferedMethod(call.Method))
        {
            return;
        }

        var anchor = CodeAnchor.ForMethod(owned.TypeToken, call.MethodToken, call.Offset);
        var returnsData = MessageConventions.ReturnsData(call.Method, call.ReturnType);
        Pair(context, target).Add(returnsData ? CouplingStyle.Queries : CouplingStyle.Commands, owned.Type, declaring, $"{declaring.FullName}.{call.Method}");
        if (returnsData && model.CodeBase.FindType(owned.Type) is { } caller)
        {
            AddQuery(context, target, caller, call.Member, QueryRoute.Call, declaring, call.Method, call.ReturnType, null, DependencyKind.MethodCall, anchor, assembly);
        }
    }

    /// <summary>
    /// A Refit method has no body, so no line of its own in a PDB: its query is placed at the first call of it in its
    /// context's code (in the order of the context's assemblies, then of the methods and instructions), if any.
    /// </summary>
    private void LocateRefitCalls(TypeNameTable names)
    {
        foreach (var context in _refitMethods.Values.Select(v => v.Context).Distinct())
        {
            var clients = _refitMethods.Where(p => p.Value.Context == context).Select(p => p.Key.Client).ToHashSet();
            foreach (var assembly in context.Assemblies)
            {
                var types = context.Types.Where(t => t.Assembly == assembly).Select(t => t.Token).ToHashSet();
                using var data = DataAssembly.Open(assembly.Path, names);
                foreach (var call in data.CallsOf(types, clients.Contains))
                {
                    if (_refitMethods.Remove((call.Method.DeclaringType.Type, call.Method.Name), out var refit) && Queries.TryGetValue(refit.Key, out var query))
                    {
                        Queries[refit.Key] = query with { AssemblyPath = assembly.Path, Anchor = CodeAnchor.ForMethod(call.Owner.TypeToken, call.Owner.MethodToken, call.Offset) };
                    }
                }
            }
        }
    }

    private (string, string, string) AddQuery(BoundedContext from, BoundedContext to, InspectedType caller, string member, QueryRoute route, TypeName queryType, string? method, TypeUse? returns, TypeName? returned, DependencyKind kind, CodeAnchor anchor, InspectedAssembly? assembly = null)
    {
        var query = new SynchronousQuery
        {
            From = from.Name,
            To = to.Name,
            Caller = caller.Name,
            Member = member,
            Route = route,
            QueryType = queryType,
            Method = method,
            Returns = returns,
            ReturnedType = route is QueryRoute.HttpClient or QueryRoute.Refit ? returned : null,
            ThroughContracts = route is QueryRoute.HttpClient or QueryRoute.Refit || to.IsContract(queryType),
            Kind = kind,
            AssemblyPath = (assembly ?? caller.Assembly).Path,
            Assembly = (assembly ?? caller.Assembly).Name,
            Anchor = anchor,
        };
        var key = (caller.Name.ReportedName, member, query.Name);
        Queries.TryAdd(key, query);
        return key;
    }

    /// <summary>How a type of the asking context reaches another over HTTP: a class that holds an <c>HttpClient</c>, or a Refit interface.</summary>
    private QueryRoute? ClientRoute(InspectedType type)
    {
        if (type.Category is not (TypeCategory.Class or TypeCategory.Interface))
        {
            return null;
        }

        var dependencies = model.View.Of(type);
        for (var i = 0; i < dependencies.Count; i++)
        {
            var dependency = dependencies[i];
            if (type.Category == TypeCategory.Class
                ? dependency.Kind is DependencyKind.FieldType or DependencyKind.ParameterType or DependencyKind.PropertyType && MessageConventions.IsHttpClient(dependency.Target)
                : dependency.Kind == DependencyKind.Attribute && MessageConventions.IsRefitVerb(dependency.Target))
            {
                return type.Category == TypeCategory.Class ? QueryRoute.HttpClient : QueryRoute.Refit;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a type is an interface: a client's method that returns the other context's interface hands out a service
    /// (a client built on the <c>HttpClient</c> it takes), it asks nothing; what it returns is asked where it is called.
    /// </summary>
    private bool IsInterface(TypeName type) => model.CodeBase.FindType(type)?.Category == TypeCategory.Interface;

    /// <summary>Whether a type offers operations rather than carrying data: an interface, or a class that is no record (a record has an <c>EqualityContract</c>).</summary>
    private bool IsService(TypeName type)
    {
        if (!_services.TryGetValue(type, out var service))
        {
            _services[type] = service = model.CodeBase.FindType(type) is { } inspected
                && (inspected.Category == TypeCategory.Interface
                    || (inspected.Category == TypeCategory.Class && !model.View.Of(inspected).Any(d => d.Member == "EqualityContract")));
        }

        return service;
    }

    private PairUses Pair(BoundedContext from, BoundedContext to)
    {
        if (!_pairs.TryGetValue(from.Name, out var byTarget))
        {
            _pairs[from.Name] = byTarget = new Dictionary<string, PairUses>(StringComparer.Ordinal);
        }

        if (!byTarget.TryGetValue(to.Name, out var uses))
        {
            byTarget[to.Name] = uses = new PairUses();
        }

        return uses;
    }

    /// <summary>The distinct uses of one context by another, by style.</summary>
    private sealed class PairUses
    {
        // Sets of tuples: their code is compiled at each start (a few methods), but a set of each source type's names, or
        // a string made for every pair, costs more where the pairs are many (decision 36).
        private readonly HashSet<(string Source, string Used)>[] _styles = [new(), new(), new()];
        private readonly HashSet<(string Source, string Target)> _seen = new();
        private readonly HashSet<(string Source, string Target)> _covered = new();

        public void Seen(TypeName source, TypeName target) => _seen.Add((source.FullName, target.FullName));

        public void Add(CouplingStyle style, TypeName source, TypeName target, string used)
        {
            _styles[(int)style].Add((source.FullName, used));
            _covered.Add((source.FullName, target.FullName));
        }

        public StyleCounts Counts() => new(_styles[0].Count, _styles[1].Count, _styles[2].Count, _seen.Count(p => !_covered.Contains(p)));
    }
}
