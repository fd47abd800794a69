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
        foreach (var group in removed.Select(k => before[k]).Where(m => m.Kind is ContractMemberKind.Method or ContractMemberKind.Constructor).GroupBy(m => (m.Kind, m.Name)))
        {
            var gained = added.Select(k => after[k]).Where(m => m.Kind == group.Key.Kind && m.Name == group.Key.Name).ToList();
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
                changes.Add(new(contract, now.FullName, pair.Old.DisplayName, true, ParametersChanged(pair.Old, pair.Now)));
            }
            else if (!after.TryGetValue(key, out var current))
            {
                changes.Add(new(contract, now.FullName, before[key].DisplayName, true, "was removed or renamed"));
            }
            else if (!before.TryGetValue(key, out var approved))
            {
                if (added.Contains(key))
                {
                    var (breaking, what) = Added(now, current);
                    changes.Add(new(contract, now.FullName, current.DisplayName, breaking, what));
                }
            }
            else
            {
                Add(changes, contract, now.FullName, current.DisplayName, MemberFacts(old, approved, current));
            }
        }

        return changes;
    }

    private static void Add(List<ContractChange> changes, string contract, string type, string? member, List<(bool Breaking, string What)> facts)
    {
        foreach (var breaking in new[] { true, false })
        {
            if (facts.Where(f => f.Breaking == breaking).Select(f => f.What).ToList() is { Count: > 0 } whats)
            {
                changes.Add(new(contract, type, member, breaking, string.Join("; ", whats)));
            }
        }
    }

    private static List<(bool, string)> TypeFacts(ContractType old, ContractType now)
    {
        var facts = new List<(bool, string)>();
        if (old.Kind != now.Kind)
        {
            facts.Add((true, $"changed from {old.Kind} to {now.Kind}"));
        }

        if (old.Access != now.Access)
        {
            facts.Add((now.Access != "public", $"changed from {old.Access} to {now.Access}"));
        }

        facts.AddRange(now.Modifiers.Except(old.Modifiers).Select(m => (true, $"is {m} now")));
        facts.AddRange(old.Modifiers.Except(now.Modifiers).Select(m => (false, $"is no longer {m}")));
        var oldBases = old.Bases.Select(ContractTypeText.WithoutNullability).ToList();
        var newBases = now.Bases.Select(ContractTypeText.WithoutNullability).ToList();
        if (old.IsEnum && now.IsEnum && oldBases.FirstOrDefault() != newBases.FirstOrDefault())
        {
            facts.Add((true, $"changed its underlying type from {oldBases.FirstOrDefault()} to {newBases.FirstOrDefault()}"));
        }
        else if (!old.IsEnum)
        {
            facts.AddRange(oldBases.Except(newBases).Select(b => (true, $"no longer derives from or implements {b}")));
            facts.AddRange(newBases.Except(oldBases).Select(b => (false, $"derives from or implements {b} now")));
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

    private static List<(bool, string)> MemberFacts(ContractType type, ContractMember old, ContractMember now)
    {
        var facts = new List<(bool, string)>();
        if (old.Kind != now.Kind)
        {
            facts.Add((true, $"changed from a {Noun(old.Kind)} to a {Noun(now.Kind)}"));
            return facts;
        }

        if (old.Kind == ContractMemberKind.EnumValue)
        {
            if (old.Value != now.Value)
            {
                facts.Add((true, $"was renumbered from {old.Value} to {now.Value}: stored and sent values now mean another member"));
            }

            return facts;
        }

        if (old.IsStatic != now.IsStatic)
        {
            facts.Add((true, now.IsStatic ? "is static now" : "is no longer static"));
        }

        if (old.Access != now.Access)
        {
            facts.Add((now.Access != "public", $"changed from {old.Access} to {now.Access}"));
        }

        MemberTypeFacts(facts, old, now);
        AccessFacts(facts, type, old, now);
        if (old.Kind == ContractMemberKind.Field && old.Modifiers.Contains("const") && now.Modifiers.Contains("const") && old.Value != now.Value)
        {
            facts.Add((true, $"changed its value from {old.Value} to {now.Value}: code compiled against the approved build keeps the old value"));
        }

        if (!old.IsAbstract && now.IsAbstract && !type.IsInterface)
        {
            facts.Add((true, "is abstract now: every derived type must implement it"));
        }

        if (old.Modifiers.Contains("virtual") && !now.Modifiers.Contains("virtual") && !now.IsAbstract)
        {
            facts.Add((true, "is no longer virtual: overrides of it no longer compile"));
        }

        ParameterFacts(facts, old, now);
        return facts;
    }

    private static void MemberTypeFacts(List<(bool, string)> facts, ContractMember old, ContractMember now)
    {
        if (old.Kind == ContractMemberKind.Constructor)
        {
            return;
        }

        if (ContractTypeText.WithoutNullability(old.Type) != ContractTypeText.WithoutNullability(now.Type))
        {
            facts.Add((true, $"changed type from {old.Type} to {now.Type}"));
            return;
        }

        var (looser, stricter) = ContractTypeText.CompareNullability(old.Type, now.Type);
        if (looser && now.CanRead && now.Kind != ContractMemberKind.Event)
        {
            facts.Add((true, $"may be null now ({old.Type} became {now.Type}): consumers that read it do not expect null"));
        }

        if (stricter && (now.CanInitialize || now.Kind == ContractMemberKind.Event))
        {
            facts.Add((true, $"no longer accepts null ({old.Type} became {now.Type}): consumers that set it to null break"));
        }
        else if (stricter)
        {
            facts.Add((false, $"is never null now ({old.Type} became {now.Type})"));
        }
        else if (looser && !now.CanRead)
        {
            facts.Add((false, $"accepts null now ({old.Type} became {now.Type})"));
        }
    }

    private static void AccessFacts(List<(bool, string)> facts, ContractType type, ContractMember old, ContractMember now)
    {
        if (old.Kind is not (ContractMemberKind.Property or ContractMemberKind.Field))
        {
            return;
        }

        if (old.CanRead && !now.CanRead)
        {
            facts.Add((true, "can no longer be read"));
        }

        if (old.CanSet && !now.CanSet)
        {
            facts.Add((true, now.CanInitialize ? "can be set only when the object is created now (init)" : "is read-only now: consumers that set it break"));
        }
        else if (old.CanInitialize && !now.CanInitialize)
        {
            facts.Add((true, "is read-only now: consumers that initialize it break"));
        }
        else if (!old.CanInitialize && now.CanInitialize || !old.CanSet && now.CanSet)
        {
            facts.Add((false, now.CanSet ? "can be set now" : "can be initialized now (init)"));
        }

        if (!old.IsRequired && now.IsRequired)
        {
            facts.Add((true, $"is required now: every consumer that creates {type.ShortName} must set it"));
        }
        else if (old.IsRequired && !now.IsRequired)
        {
            facts.Add((false, "is no longer required"));
        }
    }

    private static void ParameterFacts(List<(bool, string)> facts, ContractMember old, ContractMember now)
    {
        foreach (var (before, after) in old.Parameters.Zip(now.Parameters))
        {
            if (before.Name != after.Name)
            {
                facts.Add((true, $"renamed its parameter {before.Name} to {after.Name}: named arguments and deserializers of positional records use the name"));
            }

            if (before.Default is not null && after.Default is null && before.Modifier != "params")
            {
                facts.Add((true, $"made its parameter {after.Name} required: callers that left it out break"));
            }
            else if (before.Default is not null && after.Default is not null && before.Default != after.Default)
            {
                facts.Add((true, $"changed the default of its parameter {after.Name} from {before.Default} to {after.Default}: code compiled against the approved build passes the old default"));
            }
            else if (before.Default is null && after.Default is not null)
            {
                facts.Add((false, $"made its parameter {after.Name} optional"));
            }

            var (looser, stricter) = ContractTypeText.CompareNullability(before.Type, after.Type);
            if (stricter && before.Modifier != "out")
            {
                facts.Add((true, $"no longer accepts null for its parameter {after.Name} ({before.Type} became {after.Type})"));
            }
            else if (looser && before.Modifier != "out")
            {
                facts.Add((false, $"accepts null for its parameter {after.Name} now"));
            }
        }
    }

    private static string Noun(ContractMemberKind kind) => kind switch
    {
        ContractMemberKind.EnumValue => "enum value",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
