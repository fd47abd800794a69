using System.Reflection.Metadata;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The context as an object, as its constructors leave it: a module's base context that keeps the schema its derived
/// contexts pass up (<c>OrdersDbContext() : base("orders")</c>, then <c>HasDefaultSchema(_schema)</c>), and the value
/// of a property the derived context overrides (<c>protected override string Schema =&gt; "billing"</c>).
/// </summary>
internal sealed partial class EfModelReader
{
    private const int MostConstructors = 16;

    /// <summary>
    /// Runs the constructors of the context and, from the calls each makes to its base's, those of its base contexts on
    /// one object per assembly (the rows of fields are an assembly's own), keeping what they store in its fields.
    /// </summary>
    private void Construct(Reading reading)
    {
        // A context that derives from DbContext itself needs none of this: what its own constructors store in its fields
        // as constants the interpreter finds by itself; only a base context of the code base takes values from its derived.
        if (reading.Chain.Count < 2)
        {
            return;
        }

        var (assembly, type, _) = reading.Chain[0];
        var constructors = assembly.Guard(() => assembly.Metadata.GetTypeDefinition(type).GetMethods()
            .Where(m => assembly.Metadata.GetMethodDefinition(m) is var d && (d.Attributes & System.Reflection.MethodAttributes.Static) == 0 && assembly.Metadata.StringComparer.Equals(d.Name, ".ctor"))
            .Take(MostConstructors)
            .ToList());
        foreach (var constructor in constructors)
        {
            Construct(assembly, constructor, [SelfIn(assembly, reading)], reading, 0);
        }
    }

    private void Construct(DataAssembly assembly, MethodDefinitionHandle constructor, IReadOnlyList<IlValue> arguments, Reading reading, int depth)
    {
        if (depth >= MaxDepth)
        {
            return;
        }

        foreach (var call in assembly.Trace(constructor, arguments).Calls)
        {
            // The base constructor this one calls on the same object (not a constructor of another object, nor EF Core's).
            if (call.Method.Name != ".ctor" || call.IsConstruction || call.Arguments.Count == 0 || !IsSelf(call.Arguments[0], reading)
                || call.Method.DeclaringType.Type.Namespace.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)
                || (call.Method.Definition.IsNil ? assemblies[call.Method.DeclaringType.Type.Assembly] : assembly) is not { } target)
            {
                continue;
            }

            var handle = target.FindMethod(call.Method);
            if (!handle.IsNil && !(ReferenceEquals(target, assembly) && handle == constructor))
            {
                Construct(target, handle, [SelfIn(target, reading), .. call.Arguments.Skip(1)], reading, depth + 1);
            }
        }
    }

    /// <summary>The context as the code of one assembly sees it: the object whose fields that assembly's constructors set.</summary>
    private static NewObjectValue SelfIn(DataAssembly assembly, Reading reading)
    {
        if (!reading.Selves.TryGetValue(assembly.Name, out var self))
        {
            reading.Selves[assembly.Name] = self = new NewObjectValue(reading.DbContext.Use, []);
        }

        return self;
    }

    private static bool IsSelf(IlValue value, Reading reading) =>
        value is ArgumentValue { Index: 0 } || (value is NewObjectValue created && reading.Selves.ContainsValue(created));

    /// <summary>The arguments of a call made on the context, with the context as the called method's assembly sees it.</summary>
    private static IReadOnlyList<IlValue>? AsSeenBy(DataAssembly target, IReadOnlyList<IlValue>? arguments, Reading reading) =>
        arguments is [NewObjectValue first, ..] && reading.Selves.ContainsValue(first) ? [SelfIn(target, reading), .. arguments.Skip(1)] : arguments;

    /// <summary>
    /// A text argument: a constant, or a property of the context that returns one (the most derived override of
    /// <c>Schema</c>); <see langword="null"/> for any other value.
    /// </summary>
    private static string? TextOf(IReadOnlyList<IlValue> arguments, int index, Reading reading)
    {
        if (Text(arguments, index) is { } text)
        {
            return text;
        }

        if (index >= arguments.Count || arguments[index] is not CallResultValue { Method.Name: var name, Arguments: [var receiver] } getter
            || !name.StartsWith("get_", StringComparison.Ordinal) || !IsSelf(receiver, reading) || Override(getter.Method, reading) is not { } found)
        {
            return null;
        }

        return found.Assembly.Trace(found.Method, [SelfIn(found.Assembly, reading)]).Returns is [TextValue returned] ? returned.Constant : null;
    }
}
