namespace FitnessKit.Contracts;

/// <summary>The changes of one type that both contracts hold: of the type itself, then of each member by key.</summary>
internal static class MemberChanges
{
    /// <summary>Compares two versions of a type.</summary>
    /// <param name="contract">The contract's name.</param>
    /// <param name="old">The approved type.</param>
    /// <param name="now">The current type.</param>
    /// <returns>The changes, the type's own first, then its members' in key order.</returns>
    public static IEnumerable<ContractChange> Compare(string contract, ContractType old, ContractType now)
    {
        var changes = new List<ContractChange>();
        Add(changes, contract, now.FullName, null, TypeFacts(old, now));
        var before = old.Members.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var after = now.Members.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var removed = before.Keys.Except(after.Keys).ToList();
        var added = after.Keys.Except(before.Keys).ToList();

        // A method or constructor whose only overload lost one signature and gained another had its parameters changed.
        var paired = new Dictionary<string, (ContractMember Old, ContractMember Now)>(StringComparer.Ordinal);
        // Grouped by kind and name, written as one string: a tuple key holding an enum is generic code compiled at every start.
        foreach (var group in removed.Select(k => before[k]).Where(m => m.Kind is ContractMemberKind.Method or ContractMemberKind.Constructor)
            .GroupBy(m => (m.Kind == ContractMemberKind.Constructor ? "constructor " : "method ") + m.Name, StringComparer.Ordinal))
        {
            var (kind, name) = (group.First().Kind, group.First().Name);
            var gained = added.Select(k => after[k]).Where(m => m.Kind == kind && m.Name == name).ToList();
            if (group.Count() == 1 && gained.Count == 1)
            {
                paired[group.Single().Key] = (group.Single(), gained[0]);
                added.Remove(gained[0].Key);
            }
        }

        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            if (paired.TryGetValue(key, out var pair))
            {
                changes.Add(new(contract, now.FullName, pair.Old.DisplayName, true, ParametersChanged(pair.Old, pair.Now), [ContractChangeKind.ParametersChanged]) { Approved = pair.Old });
            }
            else if (!after.TryGetValue(key, out var current))
            {
                changes.Add(new(contract, now.FullName, before[key].DisplayName, true, "was removed or renamed", [ContractChangeKind.Removed]) { Approved = before[key] });
            }
            else if (!before.TryGetValue(key, out var approved))
            {
                if (added.Contains(key))
                {
                    var (breaking, what) = Added(now, current);
                    changes.Add(new(contract, now.FullName, current.DisplayName, breaking, what, [ContractChangeKind.Added]));
                }
            }
            else
            {
                Add(changes, contract, now.FullName, current.DisplayName, MemberFacts(old, approved, current), approved);
            }
        }

        return changes;
    }

    private static void Add(List<ContractChange> changes, string contract, string type, string? member, List<Fact> facts, ContractMember? approved = null)
    {
        foreach (var breaking in new[] { true, false })
        {
            if (facts.Where(f => f.Breaking == breaking).ToList() is { Count: > 0 } found)
            {
                changes.Add(new(contract, type, member, breaking, string.Join("; ", found.Select(f => f.What)), DistinctKinds(found)) { Approved = approved });
            }
        }
    }

    /// <summary>The facts' kinds without repeats, in their order; by loops into an array, as LINQ over enums and a list of them are generic code compiled at every start.</summary>
    private static ContractChangeKind[] DistinctKinds(List<Fact> facts)
    {
        var distinct = new ContractChangeKind[facts.Count];
        var count = 0;
        foreach (var fact in facts)
        {
            var seen = false;
            for (var i = 0; i < count && !seen; i++)
            {
                seen = distinct[i] == fact.Kind;
            }

            if (!seen)
            {
                distinct[count++] = fact.Kind;
            }
        }

        var kinds = new ContractChangeKind[count];
        for (var i = 0; i < count; i++)
        {
            kinds[i] = distinct[i];
        }

        return kinds;
    }

    private static List<Fact> TypeFacts(ContractType old, ContractType now)
    {
        var facts = new List<Fact>();
        if (old.Kind != now.Kind)
        {
            facts.Add(new(true, ContractChangeKind.KindChanged, $"changed from {old.Kind} to {now.Kind}"));
        }

        if (old.Access != now.Access)
        {
            facts.Add(new(now.Access != "public", ContractChangeKind.AccessChanged, $"changed from {old.Access} to {now.Access}"));
        }

        facts.AddRange(now.Modifiers.Except(old.Modifiers).Select(m => new Fact(true, ContractChangeKind.ModifiersChanged, $"is {m} now")));
        facts.AddRange(old.Modifiers.Except(now.Modifiers).Select(m => new Fact(false, ContractChangeKind.ModifiersChanged, $"is no longer {m}")));
        var oldBases = old.Bases.Select(ContractTypeText.WithoutNullability).ToList();
        var newBases = now.Bases.Select(ContractTypeText.WithoutNullability).ToList();
        if (old.IsEnum && now.IsEnum && oldBases.FirstOrDefault() != newBases.FirstOrDefault())
        {
            facts.Add(new(true, ContractChangeKind.BaseTypesChanged, $"changed its underlying type from {oldBases.FirstOrDefault()} to {newBases.FirstOrDefault()}"));
        }
        else if (!old.IsEnum)
        {
            facts.AddRange(oldBases.Except(newBases).Select(b => new Fact(true, ContractChangeKind.BaseTypesChanged, $"no longer derives from or implements {b}")));
            facts.AddRange(newBases.Except(oldBases).Select(b => new Fact(false, ContractChangeKind.BaseTypesChanged, $"derives from or implements {b} now")));
        }

        return facts;
    }

    private static (bool Breaking, string What) Added(ContractType type, ContractMember member) => member switch
    {
        { Kind: ContractMemberKind.EnumValue } => (false, $"was added (= {member.Value})"),
        { IsRequired: true } => (true, $"was added as a required member: every consumer that creates {type.ShortName} must set it"),
        { IsAbstract: true, IsStatic: false } when type.IsInterface => (true, "was added to the interface without a default implementation: every implementation must add it"),
        { IsAbstract: true } => (true, "was added as abstract: every derived type must implement it"),
        _ => (false, "was added"),
    };

    private static string ParametersChanged(ContractMember old, ContractMember now)
    {
        var extended = now.Parameters.Count > old.Parameters.Count && old.Parameters.Select(p => p.Shape).SequenceEqual(now.Parameters.Take(old.Parameters.Count).Select(p => p.Shape));
        if (!extended)
        {
            return $"changed its parameters from ({string.Join(", ", old.Parameters)}) to ({string.Join(", ", now.Parameters)})";
        }

        var extra = now.Parameters.Skip(old.Parameters.Count).ToList();
        return extra.All(p => p.IsOptional)
            ? $"gained the optional parameter{(extra.Count == 1 ? string.Empty : "s")} {string.Join(", ", extra)}: code compiled against the approved build no longer finds the member until it is rebuilt"
            : $"gained the required parameter{(extra.Count(p => !p.IsOptional) == 1 ? string.Empty : "s")} {string.Join(", ", extra.Where(p => !p.IsOptional))}: every caller must pass {(extra.Count(p => !p.IsOptional) == 1 ? "it" : "them")}";
    }

    private static List<Fact> MemberFacts(ContractType type, ContractMember old, ContractMember now)
    {
        var facts = new List<Fact>();
        if (old.Kind != now.Kind)
        {
            facts.Add(new(true, ContractChangeKind.KindChanged, $"changed from a {Noun(old.Kind)} to a {Noun(now.Kind)}"));
            return facts;
        }

        facts.AddRange(SerializationChanges.Between(old, now).Select(c => new Fact(c.Breaking, ContractChangeKind.SerializationChanged, c.What)));
        if (old.Kind == ContractMemberKind.EnumValue)
        {
            if (old.Value != now.Value)
            {
                facts.Add(new(true, ContractChangeKind.ValueChanged, $"was renumbered from {old.Value} to {now.Value}: stored and sent values now mean another member"));
            }

            return facts;
        }

        if (old.IsStatic != now.IsStatic)
        {
            facts.Add(new(true, ContractChangeKind.StaticChanged, now.IsStatic ? "is static now" : "is no longer static"));
        }

        if (old.Access != now.Access)
        {
            facts.Add(new(now.Access != "public", ContractChangeKind.AccessChanged, $"changed from {old.Access} to {now.Access}"));
        }

        MemberTypeFacts(facts, old, now);
        AccessFacts(facts, type, old, now);
        if (old.Kind == ContractMemberKind.Field && old.Modifiers.Contains("const") && now.Modifiers.Contains("const") && old.Value != now.Value)
        {
            facts.Add(new(true, ContractChangeKind.ValueChanged, $"changed its value from {old.Value} to {now.Value}: code compiled against the approved build keeps the old value"));
        }

        if (!old.IsAbstract && now.IsAbstract && !type.IsInterface)
        {
            facts.Add(new(true, ContractChangeKind.ModifiersChanged, "is abstract now: every derived type must implement it"));
        }

        if (old.Modifiers.Contains("virtual") && !now.Modifiers.Contains("virtual") && !now.IsAbstract)
        {
            facts.Add(new(true, ContractChangeKind.ModifiersChanged, "is no longer virtual: overrides of it no longer compile"));
        }

        ParameterFacts(facts, old, now);
        return facts;
    }

    private static void MemberTypeFacts(List<Fact> facts, ContractMember old, ContractMember now)
    {
        if (old.Kind == ContractMemberKind.Constructor)
        {
            return;
        }

        if (ContractTypeText.WithoutNullability(old.Type) != ContractTypeText.WithoutNullability(now.Type))
        {
            facts.Add(new(true, ContractChangeKind.TypeChanged, $"changed type from {old.Type} to {now.Type}"));
            return;
        }

        var (looser, stricter) = ContractTypeText.CompareNullability(old.Type, now.Type);
        if (looser && now.CanRead && now.Kind != ContractMemberKind.Event)
        {
            facts.Add(new(true, ContractChangeKind.NullabilityChanged, $"may be null now ({old.Type} became {now.Type}): consumers that read it do not expect null"));
        }

        if (stricter && (now.CanInitialize || now.Kind == ContractMemberKind.Event))
        {
            facts.Add(new(true, ContractChangeKind.NullabilityChanged, $"no longer accepts null ({old.Type} became {now.Type}): consumers that set it to null break"));
        }
        else if (stricter)
        {
            facts.Add(new(false, ContractChangeKind.NullabilityChanged, $"is never null now ({old.Type} became {now.Type})"));
        }
        else if (looser && !now.CanRead)
        {
            facts.Add(new(false, ContractChangeKind.NullabilityChanged, $"accepts null now ({old.Type} became {now.Type})"));
        }
    }

    private static void AccessFacts(List<Fact> facts, ContractType type, ContractMember old, ContractMember now)
    {
        if (old.Kind is not (ContractMemberKind.Property or ContractMemberKind.Field))
        {
            return;
        }

        if (old.CanRead && !now.CanRead)
        {
            facts.Add(new(true, ContractChangeKind.AccessorsChanged, "can no longer be read"));
        }

        if (old.CanSet && !now.CanSet)
        {
            facts.Add(new(true, ContractChangeKind.AccessorsChanged, now.CanInitialize ? "can be set only when the object is created now (init)" : "is read-only now: consumers that set it break"));
        }
        else if (old.CanInitialize && !now.CanInitialize)
        {
            facts.Add(new(true, ContractChangeKind.AccessorsChanged, "is read-only now: consumers that initialize it break"));
        }
        else if (!old.CanInitialize && now.CanInitialize || !old.CanSet && now.CanSet)
        {
            facts.Add(new(false, ContractChangeKind.AccessorsChanged, now.CanSet ? "can be set now" : "can be initialized now (init)"));
        }

        if (!old.IsRequired && now.IsRequired)
        {
            facts.Add(new(true, ContractChangeKind.RequiredChanged, $"is required now: every consumer that creates {type.ShortName} must set it"));
        }
        else if (old.IsRequired && !now.IsRequired)
        {
            facts.Add(new(false, ContractChangeKind.RequiredChanged, "is no longer required"));
        }
    }

    private static void ParameterFacts(List<Fact> facts, ContractMember old, ContractMember now)
    {
        foreach (var (before, after) in old.Parameters.Zip(now.Parameters))
        {
            if (before.Name != after.Name)
            {
                facts.Add(new(true, ContractChangeKind.ParametersChanged, $"renamed its parameter {before.Name} to {after.Name}: named arguments and deserializers of positional records use the name"));
            }

            if (before.Default is not null && after.Default is null && before.Modifier != "params")
            {
                facts.Add(new(true, ContractChangeKind.ParametersChanged, $"made its parameter {after.Name} required: callers that left it out break"));
            }
            else if (before.Default is not null && after.Default is not null && before.Default != after.Default)
            {
                facts.Add(new(true, ContractChangeKind.ParametersChanged, $"changed the default of its parameter {after.Name} from {before.Default} to {after.Default}: code compiled against the approved build passes the old default"));
            }
            else if (before.Default is null && after.Default is not null)
            {
                facts.Add(new(false, ContractChangeKind.ParametersChanged, $"made its parameter {after.Name} optional"));
            }

            var (looser, stricter) = ContractTypeText.CompareNullability(before.Type, after.Type);
            if (stricter && before.Modifier != "out")
            {
                facts.Add(new(true, ContractChangeKind.NullabilityChanged, $"no longer accepts null for its parameter {after.Name} ({before.Type} became {after.Type})"));
            }
            else if (looser && before.Modifier != "out")
            {
                facts.Add(new(false, ContractChangeKind.NullabilityChanged, $"accepts null for its parameter {after.Name} now"));
            }
        }
    }

    private static string Noun(ContractMemberKind kind) => kind switch
    {
        ContractMemberKind.EnumValue => "enum value",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// One difference found: whether it breaks consumers, what kind it is, and the clause that says it. A class, not a
    /// tuple: LINQ over a tuple holding an enum is generic code no precompiled image holds, compiled at every start.
    /// </summary>
    private sealed record Fact(bool Breaking, ContractChangeKind Kind, string What);
}
