using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Coupling;

/// <summary>
/// The one place that decides, from names and signatures, what is an event, a command or a query, what is a handler,
/// and what is an HTTP client. docs/rules/FK012.md lists the same conventions; change them together.
/// </summary>
internal static class MessageConventions
{
    private static readonly string[] HandlerInterfaceEndings = ["Handler", "Consumer", "Subscriber", "Listener"];
    private static readonly string[] HandlerMethods = ["Handle", "HandleAsync", "Consume", "ConsumeAsync"];
    private static readonly string[] Questions = ["Is", "Has", "Can", "Exists", "Contains", "Any", "Should"];
    private static readonly string[] RefitVerbAttributes = ["GetAttribute", "PostAttribute", "PutAttribute", "DeleteAttribute", "PatchAttribute", "HeadAttribute", "OptionsAttribute"];

    /// <summary>The kind a type's own name gives: <c>…Command</c>, <c>…Query</c>, <c>…Event</c>.</summary>
    public static MessageKind KindOfName(TypeName type)
    {
        var name = SimpleName(type);
        return name.EndsWith("Command", StringComparison.Ordinal) ? MessageKind.Command
            : name.EndsWith("Query", StringComparison.Ordinal) ? MessageKind.Query
            : name.EndsWith("Event", StringComparison.Ordinal) ? MessageKind.Event
            : MessageKind.None;
    }

    /// <summary>
    /// The kind a base type or an interface of a message gives: <c>ICommand</c>, <c>IQuery</c> (any arity); an
    /// interface or base class whose name ends with <c>Event</c> (<c>IIntegrationEvent</c>, <c>IDomainEvent</c>,
    /// <c>IntegrationEvent</c>) or MediatR's <c>INotification</c>.
    /// </summary>
    public static MessageKind KindOfMarker(TypeName marker)
    {
        var name = SimpleName(marker);
        return name.SequenceEqual("ICommand") ? MessageKind.Command
            : name.SequenceEqual("IQuery") ? MessageKind.Query
            : name.SequenceEqual("INotification") || name.EndsWith("Event", StringComparison.Ordinal) ? MessageKind.Event
            : MessageKind.None;
    }

    /// <summary>Whether an interface is a message handler's, whose first generic argument is the message it handles: <c>IConsumer&lt;T&gt;</c>, <c>INotificationHandler&lt;T&gt;</c>, <c>IHandleMessages&lt;T&gt;</c>, <c>IEventSubscriber&lt;T&gt;</c>.</summary>
    public static bool IsHandlerInterface(TypeUse use)
    {
        if (use.Arguments.Count == 0)
        {
            return false;
        }

        var name = SimpleName(use.Type);
        foreach (var ending in HandlerInterfaceEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return name.StartsWith("IHandle", StringComparison.Ordinal);
    }

    /// <summary>Whether a method is a handler by its name: <c>Handle</c>, <c>HandleAsync</c>, <c>Consume</c>, <c>ConsumeAsync</c>, or <c>On</c> then a capital (<c>OnOrderPlaced</c>).</summary>
    public static bool IsHandlerMethod(string? member) =>
        member is not null && (HandlerMethods.Contains(member, StringComparer.Ordinal) || (member.Length > 2 && member.StartsWith("On", StringComparison.Ordinal) && char.IsUpper(member[2])));

    /// <summary>
    /// Whether a called method returns data: anything but <c>void</c>, <c>Task</c> and <c>ValueTask</c>. A <c>bool</c>
    /// (or <c>Task&lt;bool&gt;</c>) is data only when the method's name asks a question (<c>IsBlocked</c>,
    /// <c>HasStock</c>, <c>CanShip</c>, <c>Exists</c>); otherwise it is the answer of a command that says whether it worked.
    /// </summary>
    /// <param name="method">The called method's name.</param>
    /// <param name="returnType">What it returns; <see langword="null"/> for <c>void</c>.</param>
    public static bool ReturnsData(string method, TypeUse? returnType)
    {
        if (returnType is not { } returned)
        {
            return false;
        }

        var name = returned.Type.FullName;
        if (name is "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask")
        {
            return false;
        }

        if (name is "System.Threading.Tasks.Task`1" or "System.Threading.Tasks.ValueTask`1" && returned.Arguments.Count == 1)
        {
            returned = returned.Arguments[0];
        }

        return returned.Type.FullName != "System.Boolean" || IsQuestion(method);
    }

    /// <summary>Whether a called method is a plain method a context offers (not a constructor, an accessor, an operator or one of <see cref="object"/>'s and a record's own).</summary>
    public static bool IsOfferedMethod(string method) =>
        !method.StartsWith('.') && !method.StartsWith('<') && !method.Contains('.', StringComparison.Ordinal)
        && !(method.StartsWith("get_", StringComparison.Ordinal) || method.StartsWith("set_", StringComparison.Ordinal)
            || method.StartsWith("add_", StringComparison.Ordinal) || method.StartsWith("remove_", StringComparison.Ordinal)
            || method.StartsWith("op_", StringComparison.Ordinal))
        && method is not ("ToString" or "Equals" or "GetHashCode" or "GetType" or "Deconstruct" or "PrintMembers" or "Dispose" or "DisposeAsync");

    /// <summary>Whether a type is what typed HTTP clients are built on: <c>HttpClient</c> or <c>IHttpClientFactory</c>.</summary>
    public static bool IsHttpClient(TypeName type) =>
        // By its parts: asked of every type a check's code uses, a full name made for each stays with the name.
        type.Namespace == "System.Net.Http" && type.Name is "HttpClient" or "IHttpClientFactory";

    /// <summary>Whether an attribute makes an interface method a Refit HTTP call: <c>[Get]</c>, <c>[Post]</c>, <c>[Put]</c>, <c>[Delete]</c>, <c>[Patch]</c>, <c>[Head]</c>, <c>[Options]</c> of namespace <c>Refit</c>.</summary>
    /// <remarks>A test of the namespace first, and no lambda: asked of every name a check meets, a lambda that captured the name was made at each asking.</remarks>
    public static bool IsRefitVerb(TypeName attribute) =>
        attribute.Namespace == "Refit" && Array.IndexOf(RefitVerbAttributes, attribute.Name) >= 0;

    private static bool IsQuestion(string method) =>
        Questions.Any(q => method.StartsWith(q, StringComparison.Ordinal) && (method.Length == q.Length || char.IsUpper(method[q.Length])));

    /// <summary>A type's name without its generic arity or enclosing types: <c>IConsumer</c> for <c>IConsumer`1</c>.</summary>
    /// <summary>A type's own name, without its declaring types and its arity (<c>Outer+IHandler`1</c>: <c>IHandler</c>), read in place.</summary>
    private static ReadOnlySpan<char> SimpleName(TypeName type)
    {
        var name = type.Name.AsSpan();
        name = name[(name.LastIndexOf('+') + 1)..];
        var tick = name.IndexOf('`');
        return tick >= 0 ? name[..tick] : name;
    }
}
