using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads a method body: its locals, its exception handlers and every IL operand that names a type, method or field.
/// A called member contributes its declaring type and every named type of its signature.
/// </summary>
internal sealed class IlWalker(MetadataReader metadata, MetadataNames names, MemberFactsCache members)
{
    private readonly List<TypeName> _buffer = new();
    private readonly HashSet<int> _filterStarts = new();
    // Whether the calls of a method are raised, by row of the method definition and member reference tables (zero:
    // not decided yet, one: raised, two: not), for the RaisesCallsOn they were decided with.
    private byte[]? _raisesByDefinition;
    private byte[]? _raisesByReference;
    private Func<TypeName, bool>? _raisesDecidedFor;

    /// <summary>Raised for every <c>newobj</c> of a constructor declared in this assembly, so closures can be traced to the member that creates them.</summary>
    public Action<TypeDefinitionHandle, string?>? ObjectCreated { get; set; }

    /// <summary>Raised for every generic method instance called (of a method that <see cref="KeepsGenericCallsTo"/> keeps).</summary>
    public Action<GenericCall>? GenericMethodCalled { get; set; }

    /// <summary>
    /// Which generic methods' calls are raised, by name; all when <see langword="null"/>. A check keeps only the calls
    /// that map entities: the others are not made (at 3,000 assemblies, about 120 MB of calls and their arguments).
    /// </summary>
    public Func<string, bool>? KeepsGenericCallsTo { get; set; }

    /// <summary>
    /// Which calls (<c>call</c>, <c>callvirt</c>) are raised with <see cref="ForeignMethodCalled"/>: those on a method
    /// whose declaring type, or one of the types it names, passes; none when <see langword="null"/>.
    /// </summary>
    public Func<TypeName, bool>? RaisesCallsOn { get; set; }

    /// <summary>Raised for a call that <see cref="RaisesCallsOn"/> passes, with the token the instruction names and its IL offset.</summary>
    public Action<EntityHandle, int>? ForeignMethodCalled { get; set; }

    public void Walk(MethodBody body, DependencySink sink, string? member, int typeToken, int methodToken)
    {
        // A local has no instruction of its own: its method, with no offset, so that a finding is placed at an
        // instruction that uses the type, and at the method's first line (its brace, in a debug build) only when none does.
        var methodAnchor = CodeAnchor.ForMethod(typeToken, methodToken, -1);
        if (!body.LocalSignature.IsNil)
        {
            _buffer.Clear();
            var locals = metadata.GetBlobReader(metadata.GetStandaloneSignature(body.LocalSignature).Signature);
            SignatureWalker.CollectTypeList(ref locals, names, _buffer);
            sink.AddAll(_buffer, DependencyKind.LocalVariable, member, false, methodAnchor);
        }

        _filterStarts.Clear();
        foreach (var region in body.Clauses)
        {
            if (region.Kind == ExceptionRegionKind.Filter)
            {
                _filterStarts.Add(region.FilterOffset);
            }

            if (region.Kind == ExceptionRegionKind.Catch && !region.CatchType.IsNil)
            {
                foreach (var type in names.TypesIn(region.CatchType))
                {
                    sink.Add(type, DependencyKind.CatchClause, member, false, CodeAnchor.ForMethod(typeToken, methodToken, region.HandlerOffset));
                }
            }
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            var code = OpCodeOperands.Read(ref il);
            var operand = OpCodeOperands.Of(code);
            if (operand == OperandKind.Token)
            {
                var handle = MetadataTokens.EntityHandle(il.ReadInt32());
                Record(code, handle, sink, member, CodeAnchor.ForMethod(typeToken, methodToken, offset));
                if (sink.Found)
                {
                    return;
                }
            }
            else
            {
                OpCodeOperands.Skip(ref il, operand);
            }
        }
    }

    private void Record(ILOpCode code, EntityHandle handle, DependencySink sink, string? member, CodeAnchor anchor)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
            case HandleKind.TypeReference:
            case HandleKind.TypeSpecification:
                // C# compiles 'catch (X) when (...)' to a filter block that opens with 'isinst X': that is the catch clause.
                var typeKind = code == ILOpCode.Isinst && _filterStarts.Contains(anchor.ILOffset)
                    ? DependencyKind.CatchClause
                    : OpCodeOperands.KindForTypeOperand(code);
                foreach (var type in names.TypesIn(handle))
                {
                    sink.Add(type, typeKind, member, false, anchor);
                }

                break;
            case HandleKind.MethodDefinition:
            case HandleKind.MemberReference:
            case HandleKind.FieldDefinition:
                RaiseForeignCall(code, handle, handle, RecordMember(code, handle, sink, member, anchor), sink, anchor);
                break;
            case HandleKind.MethodSpecification:
                var specification = metadata.GetMethodSpecification((MethodSpecificationHandle)handle);
                var facts = RecordMember(code, specification.Method, sink, member, anchor);
                RaiseForeignCall(code, handle, specification.Method, facts, sink, anchor);
                RecordInstantiation(specification, facts, sink, member, anchor);
                break;
            case HandleKind.StandaloneSignature:
                _buffer.Clear();
                var signature = metadata.GetBlobReader(metadata.GetStandaloneSignature((StandaloneSignatureHandle)handle).Signature);
                SignatureWalker.CollectMethodSignature(ref signature, names, _buffer, _buffer);
                sink.AddAll(_buffer, DependencyKind.MemberSignature, member, false, anchor);
                break;
            default:
                break;
        }
    }

    private MemberFacts RecordMember(ILOpCode code, EntityHandle handle, DependencySink sink, string? member, CodeAnchor anchor)
    {
        var facts = members.Of(handle);
        if (!facts.Exists)
        {
            return facts;
        }

        var kind = OpCodeOperands.KindForMemberOperand(code, facts.IsField);
        foreach (var type in members.DeclaringTypes(facts))
        {
            sink.Add(type, kind, member, false, anchor);
        }

        foreach (var type in members.SignatureTypes(facts))
        {
            sink.Add(type, DependencyKind.MemberSignature, member, false, anchor);
        }

        if (code == ILOpCode.Newobj && !facts.LocalDeclaringType.IsNil)
        {
            ObjectCreated?.Invoke(facts.LocalDeclaringType, member);
        }

        return facts;
    }

    /// <summary>Raises a call whose method (<paramref name="method"/>; for a generic instance, its method) is declared by a type that <see cref="RaisesCallsOn"/> passes.</summary>
    private void RaiseForeignCall(ILOpCode code, EntityHandle handle, EntityHandle method, in MemberFacts facts, DependencySink sink, CodeAnchor anchor)
    {
        if (RaisesCallsOn is not { } raises || ForeignMethodCalled is null || code is not (ILOpCode.Call or ILOpCode.Callvirt) || sink.IsProbing || !facts.Exists || facts.IsField
            || method.Kind is not (HandleKind.MethodDefinition or HandleKind.MemberReference))
        {
            return;
        }

        // Decided once per method: a method is called from many places.
        if (!ReferenceEquals(_raisesDecidedFor, raises))
        {
            if (_raisesByDefinition is not null)
            {
                Array.Clear(_raisesByDefinition);
            }

            if (_raisesByReference is not null)
            {
                Array.Clear(_raisesByReference);
            }

            _raisesDecidedFor = raises;
        }

        ref var decided = ref method.Kind == HandleKind.MethodDefinition
            ? ref Decision(ref _raisesByDefinition, TableIndex.MethodDef, method)
            : ref Decision(ref _raisesByReference, TableIndex.MemberRef, method);
        if (decided == 0)
        {
            decided = 2;
            foreach (var type in members.DeclaringTypes(facts))
            {
                if (!type.IsCompilerGenerated && raises(type))
                {
                    decided = 1;
                    break;
                }
            }
        }

        if (decided == 1)
        {
            ForeignMethodCalled(handle, anchor.ILOffset);
        }
    }

    private ref byte Decision(ref byte[]? decisions, TableIndex table, EntityHandle handle)
    {
        decisions ??= new byte[metadata.GetTableRowCount(table) + 1];
        return ref decisions[MemberFactsCache.Row(handle, decisions.Length)];
    }

    private void RecordInstantiation(MethodSpecification specification, in MemberFacts facts, DependencySink sink, string? member, CodeAnchor anchor)
    {
        _buffer.Clear();
        var blob = metadata.GetBlobReader(specification.Signature);
        SignatureWalker.CollectTypeList(ref blob, names, _buffer);
        sink.AddAll(_buffer, DependencyKind.GenericArgument, member, false, anchor);
        if (sink.IsProbing || GenericMethodCalled is null || !facts.Exists || _buffer.Count == 0 || members.DeclaringTypes(facts) is not [var declaring, ..])
        {
            return;
        }

        var name = metadata.GetString(facts.Name);
        if (KeepsGenericCallsTo is { } keeps && !keeps(name))
        {
            return;
        }

        blob.Reset();
        blob.ReadSignatureHeader();
        var count = blob.ReadCompressedInteger();
        GenericMethodCalled(new GenericCall(declaring, name, SignatureWalker.ReadArguments(ref blob, names, count), member));
    }
}
