using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Loading.Il;

/// <summary>Calls and fields: what the interpreter records and what values it gives back.</summary>
internal sealed partial class IlInterpreter
{
    private void Call(ILOpCode code, EntityHandle handle, int offset, State state, MethodTrace trace, int depth)
    {
        var method = methods.Describe(handle);
        if (method is null)
        {
            state.Stack.Clear();
            return;
        }

        var isConstruction = code == ILOpCode.Newobj;
        var count = method.Parameters.Count + (method.HasThis && !isConstruction ? 1 : 0);
        var arguments = state.Pop(count);
        trace.Calls.Add(new CallSite(method, arguments, offset, isConstruction, code == ILOpCode.Callvirt));
        if (isConstruction)
        {
            state.Push(TextOperations.Construct(method, arguments) ?? new NewObjectValue(method.DeclaringType, arguments));
            return;
        }

        if (method.HasThis && arguments.Length > 0 && arguments[0] is LocalAddressValue local && TextOperations.OnHandler(method, state.Local(local.Index), arguments) is { } handled)
        {
            if (handled.NewLocal is not null)
            {
                state.Locals[local.Index] = handled.NewLocal;
            }

            if (!method.ReturnsVoid)
            {
                state.Push(handled.Result ?? IlValue.Unknown);
            }

            return;
        }

        if (InlineArray(method, arguments, state) is { } element)
        {
            state.Push(element);
            return;
        }

        if (method.ReturnsVoid)
        {
            return;
        }

        var result = TextOperations.Apply(method, arguments)
            ?? (depth < MaxDepth ? methods.ReturnOf(method, arguments, depth + 1) : null)
            ?? new CallResultValue(method, arguments);
        state.Push(result);
    }

    /// <summary>The inline arrays that collection expressions and <c>params</c> spans compile to.</summary>
    private static IlValue? InlineArray(CalledMethod method, IlValue[] arguments, State state)
    {
        if (!string.Equals(method.TypeFullName, "<PrivateImplementationDetails>", StringComparison.Ordinal) || arguments.Length == 0 || arguments[0] is not LocalAddressValue local)
        {
            return null;
        }

        if (method.Name.StartsWith("InlineArrayElementRef", StringComparison.Ordinal) && arguments.Length == 2 && arguments[1] is IntegerValue { Value: >= 0 and < 64 } index)
        {
            if (state.Local(local.Index) is not ArrayValue array || array.Elements.Length <= index.Value)
            {
                var grown = new IlValue[Math.Max(index.Value + 1, 4)];
                if (state.Local(local.Index) is ArrayValue previous)
                {
                    previous.Elements.CopyTo(grown, 0);
                }

                state.Locals[local.Index] = new ArrayValue(grown);
            }

            return new ElementAddressValue(local.Index, index.Value);
        }

        if (method.Name.StartsWith("InlineArrayAsReadOnlySpan", StringComparison.Ordinal) || method.Name.StartsWith("InlineArrayAsSpan", StringComparison.Ordinal))
        {
            var elements = state.Local(local.Index) is ArrayValue array ? array.Elements : [];
            var length = arguments.Length > 1 && arguments[1] is IntegerValue { Value: >= 0 } n ? Math.Min(n.Value, elements.Length) : elements.Length;
            return new ArrayValue(elements[..length]);
        }

        return null;
    }

    private void CallIndirect(EntityHandle handle, State state)
    {
        if (handle.Kind != HandleKind.StandaloneSignature)
        {
            state.Stack.Clear();
            return;
        }

        var signature = metadata.GetStandaloneSignature((StandaloneSignatureHandle)handle).DecodeMethodSignature(methods.Types, null);
        state.Pop(signature.ParameterTypes.Length + (signature.Header.IsInstance ? 1 : 0) + 1);
        if (signature.ReturnType is not null)
        {
            state.Push(IlValue.Unknown);
        }
    }

    private void LoadField(IlValue? instance, EntityHandle handle, State state, MethodTrace trace)
    {
        var row = handle.Kind == HandleKind.FieldDefinition ? MetadataTokens.GetRowNumber(handle) : 0;
        if (row != 0 && (instance is null || instance is ArgumentValue { Index: 0 }) && trace.FieldStores.TryGetValue(row, out var stored))
        {
            state.Push(stored);
            return;
        }

        // A closure created here, or handed in as the receiver of a followed lambda: its captured variables.
        if (row != 0 && instance is NewObjectValue created && created.Fields.TryGetValue(row, out var captured))
        {
            state.Push(captured);
            return;
        }

        if (row != 0 && methods.FieldValue((FieldDefinitionHandle)handle, isStatic: instance is null) is { } known)
        {
            state.Push(known);
            return;
        }

        // The field's type read once: a referenced static text field is asked of its own assembly, any other is typed.
        var type = methods.FieldType(handle);
        state.Push((row == 0 && instance is null ? methods.ForeignFieldValue(handle, type) : null)
            ?? (type is not null ? new TypedValue(type, methods.CapturedName(handle)) : IlValue.Unknown));
    }

    private static void StoreField(IlValue? instance, EntityHandle handle, IlValue value, MethodTrace trace)
    {
        if (handle.Kind == HandleKind.FieldDefinition && instance is NewObjectValue created)
        {
            created.Fields[MetadataTokens.GetRowNumber(handle)] = value;
            return;
        }

        if (handle.Kind == HandleKind.FieldDefinition && (instance is null || instance is ArgumentValue { Index: 0 }))
        {
            trace.FieldStores[MetadataTokens.GetRowNumber(handle)] = value;
        }
    }
}
