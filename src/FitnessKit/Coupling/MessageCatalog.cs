using System.Collections.Concurrent;
using FitnessKit.ContextMapping;
using FitnessKit.Model;

namespace FitnessKit.Coupling;

/// <summary>
/// What each type of the contexts is as a message (<see cref="MessageConventions"/>): by its own name, by the base
/// types and interfaces it has, or, for an event without either, because another context's handler takes it.
/// </summary>
internal sealed class MessageCatalog
{
    private readonly ContextModel _model;
    private readonly HashSet<TypeName> _handledElsewhere = new();
    // Memoised for every rule that asks, and rules run side by side: FK012 asks for a context's events while others run.
    private readonly ConcurrentDictionary<TypeName, MessageKind> _kinds = new();

    // One delegate for every decision.
    private static readonly Func<TypeName, bool> IsMarker = marker => MessageConventions.KindOfMarker(marker) != MessageKind.None;

    private MessageCatalog(ContextModel model) => _model = model;

    /// <summary>Finds the types that a handler of another context takes: a handler interface's first generic argument, or a parameter of a method named like a handler.</summary>
    public static MessageCatalog Build(ContextModel model)
    {
        var catalog = new MessageCatalog(model);
        foreach (var context in model.Contexts)
        {
            foreach (var type in context.Types)
            {
                // By index: an iterator or a kept list's enumerator is an object, made for every type of every context.
                var interfaces = type.Interfaces;
                for (var i = 0; i < interfaces.Count; i++)
                {
                    if (MessageConventions.IsHandlerInterface(interfaces[i]))
                    {
                        catalog.AddHandled(context, interfaces[i].Arguments[0].Type);
                    }
                }

                var dependencies = model.View.Of(type);
                for (var i = 0; i < dependencies.Count; i++)
                {
                    var dependency = dependencies[i];
                    if (dependency.Kind == DependencyKind.ParameterType && MessageConventions.IsHandlerMethod(dependency.Member))
                    {
                        catalog.AddHandled(context, dependency.Target);
                    }
                }
            }
        }

        return catalog;
    }

    /// <summary>The kind of a type: its name first, then its base types and interfaces, then whether another context handles it.</summary>
    public MessageKind KindOf(TypeName type) =>
        _kinds.TryGetValue(type, out var kind) ? kind : _kinds.GetOrAdd(type, Decide(type));

    /// <summary>The events a context offers: its contract types that are events and can be created (not a marker interface or an abstract base), by name.</summary>
    public IReadOnlyList<TypeName> EventsOf(BoundedContext context) =>
        [.. context.ContractTypes.Where(t => t is { IsAbstract: false, Category: TypeCategory.Class or TypeCategory.Struct } && KindOf(t.Name) == MessageKind.Event).Select(t => t.Name).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    private void AddHandled(BoundedContext handler, TypeName message)
    {
        if (_model.ContextOf(message) is { } owner && owner != handler)
        {
            _handledElsewhere.Add(message);
        }
    }

    private MessageKind Decide(TypeName type)
    {
        var byName = MessageConventions.KindOfName(type);
        if (byName != MessageKind.None)
        {
            return byName;
        }

        if (_model.CodeBase.FindType(type) is { Category: TypeCategory.Class or TypeCategory.Struct } inspected)
        {
            // Its base types first, then its interfaces, the first marker met deciding.
            var bases = new List<TypeUse>();
            _model.CodeBase.AddBaseTypesOf(inspected, bases);
            foreach (var baseType in bases)
            {
                if (MessageConventions.KindOfMarker(baseType.Type) is not MessageKind.None and var kind)
                {
                    return kind;
                }
            }

            // Its interfaces only when one of them may be a marker: most types have none, and listing them all makes lists,
            // a stack and generic substitutions for every type of another context that a context uses.
            if (_model.CodeBase.MayImplement(inspected, bases, IsMarker))
            {
                foreach (var marker in _model.CodeBase.InterfacesOf(inspected))
                {
                    if (MessageConventions.KindOfMarker(marker.Type) is not MessageKind.None and var kind)
                    {
                        return kind;
                    }
                }
            }
        }

        return _handledElsewhere.Contains(type) ? MessageKind.Event : MessageKind.None;
    }
}
