using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Rules.ContractPurity;

/// <summary>
/// Which contract types are integration events, whose instances must not change once published: a class or struct
/// of a contract whose name ends with <c>Event</c> (<c>OrderShippedEvent</c>, <c>OrderShippedIntegrationEvent</c>), or
/// that derives from or implements a type whose name does (<c>IIntegrationEvent</c>, <c>IEvent</c>,
/// <c>IntegrationEvent</c>). Other contract types (DTOs, requests, results) may be mutable.
/// </summary>
internal static class IntegrationEvent
{
    private static readonly HashSet<string> MutableCollections = new(StringComparer.Ordinal)
    {
        "[]",
        "System.Collections.ArrayList",
        "System.Collections.Hashtable",
        "System.Collections.IList",
        "System.Collections.IDictionary",
        "System.Collections.Generic.List`1",
        "System.Collections.Generic.IList`1",
        "System.Collections.Generic.ICollection`1",
        "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.IDictionary`2",
        "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.ISet`1",
        "System.Collections.Generic.SortedDictionary`2",
        "System.Collections.Generic.SortedList`2",
        "System.Collections.Generic.SortedSet`1",
        "System.Collections.Generic.LinkedList`1",
        "System.Collections.Generic.Queue`1",
        "System.Collections.Generic.Stack`1",
        "System.Collections.ObjectModel.Collection`1",
        "System.Collections.ObjectModel.ObservableCollection`1",
    };

    /// <summary>Whether a contract type is an integration event.</summary>
    public static bool Is(CodeBase codeBase, InspectedType type) =>
        type.Category is TypeCategory.Class or TypeCategory.Struct
        && (NamesAnEvent(type.Name) || codeBase.BaseTypesOf(type).Concat(codeBase.InterfacesOf(type)).Any(u => NamesAnEvent(u.Type)));

    /// <summary>Why a member makes an event changeable after it is published, or <see langword="null"/> when it does not.</summary>
    public static string? Mutability(StateMember member)
    {
        var reasons = new List<string>();
        if (member.IsAssignable)
        {
            reasons.Add(member.IsField ? "is not readonly" : "has a public setter");
        }

        if (MutableCollections.Contains(member.HeldType))
        {
            reasons.Add(member.HeldType == "[]" ? "holds an array, whose items anyone can replace" : $"holds a {Simple(member.HeldType)}, which anyone can add to and clear");
        }

        return reasons.Count == 0 ? null : Phrases.And(reasons);
    }

    private static bool NamesAnEvent(TypeName type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick]).EndsWith("Event", StringComparison.Ordinal);
    }

    /// <summary>A collection type as C# writes it, without namespace: <c>List&lt;T&gt;</c>, <c>Dictionary&lt;TKey, TValue&gt;</c>.</summary>
    private static string Simple(string fullName)
    {
        var name = fullName[(fullName.LastIndexOf('.') + 1)..];
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick] + (name[(tick + 1)..] == "1" ? "<T>" : "<TKey, TValue>");
    }
}
