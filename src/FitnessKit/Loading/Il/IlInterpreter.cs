using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// Follows the values of one method body through its evaluation stack, locals and fields, in one pass over the IL:
/// strings are rebuilt from their literals (<see cref="TextOperations"/>), and every call is recorded with the values of
/// its arguments. A value that depends on the path taken is the last one stored; anything else is unknown. Nothing is
/// executed.
/// </summary>
internal sealed partial class IlInterpreter(PEReader pe, MetadataReader metadata, MethodResolver methods)
{
    /// <summary>How many calls deep <see cref="MethodResolver"/> may interpret a called method to know what it returns.</summary>
    public const int MaxDepth = 3;

    /// <summary>Interprets a method; <paramref name="arguments"/> gives the values of its parameters when known (a followed call).</summary>
    public MethodTrace Interpret(MethodDefinitionHandle handle, IReadOnlyList<IlValue>? arguments = null, int depth = 0)
    {
        var trace = new MethodTrace(handle);
        var definition = metadata.GetMethodDefinition(handle);
        if (definition.RelativeVirtualAddress == 0)
        {
            return trace;
        }

        var body = MethodBody.Read(pe, definition.RelativeVirtualAddress);
        var state = new State(arguments, body, ParameterTypes(definition));
        foreach (var region in body.Clauses)
        {
            var entry = region.Kind is ExceptionRegionKind.Catch or ExceptionRegionKind.Filter ? new List<IlValue> { IlValue.Unknown } : new List<IlValue>();
            state.Targets[region.HandlerOffset] = entry;
            if (region.Kind == ExceptionRegionKind.Filter)
            {
                state.Targets[region.FilterOffset] = [IlValue.Unknown];
            }
        }

        var il = body.GetILReader();
        var reachable = true;
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            if (state.Targets.TryGetValue(offset, out var saved))
            {
                // Where two paths meet, each slot keeps what either path knows: the cached-lambda pattern loads an
                // unknown field on one path and creates the delegate on the other.
                state.Join(saved, reachable);
                reachable = true;
            }
            else if (!reachable)
            {
                state.Stack.Clear();
            }

            var code = OpCodeOperands.Read(ref il);
            reachable = Step(code, ref il, offset, state, trace, depth);
        }

        return trace;
    }

    /// <summary>The declared types of a method's arguments, <c>this</c> first for an instance method.</summary>
    private TypeUse?[] ParameterTypes(MethodDefinition definition)
    {
        var signature = definition.DecodeSignature(methods.Types, null);
        var types = signature.ParameterTypes;
        return signature.Header.IsInstance ? [methods.TypeOf(definition.GetDeclaringType()), .. types] : [.. types];
    }

    /// <summary>The interpreter's working state for one method.</summary>
    private sealed class State(IReadOnlyList<IlValue>? arguments, MethodBody body, TypeUse?[] parameterTypes)
    {
        public List<IlValue> Stack { get; } = new(Math.Max(8, body.MaxStack));

        public Dictionary<int, IlValue> Locals { get; } = new();

        public Dictionary<int, IlValue> Arguments { get; } = new();

        public Dictionary<int, List<IlValue>> Targets { get; } = new();

        public IReadOnlyList<IlValue>? Given { get; } = arguments;

        public IlValue Pop()
        {
            if (Stack.Count == 0)
            {
                return IlValue.Unknown;
            }

            var value = Stack[^1];
            Stack.RemoveAt(Stack.Count - 1);
            return value;
        }

        public IlValue[] Pop(int count)
        {
            var values = new IlValue[count];
            for (var i = count - 1; i >= 0; i--)
            {
                values[i] = Pop();
            }

            return values;
        }

        public void Push(IlValue value) => Stack.Add(value);

        public IlValue Argument(int index) =>
            Arguments.TryGetValue(index, out var stored) ? stored
            : Given is not null && index < Given.Count ? Given[index]
            : new ArgumentValue(index, index < parameterTypes.Length ? parameterTypes[index] : null);

        public IlValue Local(int index) => Locals.TryGetValue(index, out var value) ? value : IlValue.Unknown;

        public void Join(List<IlValue> saved, bool fallsThrough)
        {
            if (!fallsThrough || Stack.Count != saved.Count)
            {
                Stack.Clear();
                Stack.AddRange(saved);
                return;
            }

            for (var i = 0; i < Stack.Count; i++)
            {
                if (IlValue.IsUnknownOrNull(Stack[i]))
                {
                    Stack[i] = saved[i];
                }
            }
        }

        public void Branch(int target)
        {
            if (!Targets.ContainsKey(target))
            {
                Targets[target] = [.. Stack];
            }
        }
    }
}
