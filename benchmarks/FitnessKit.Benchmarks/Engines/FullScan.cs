using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// One assembly of the full-scan floor: every type header, signature, method body and custom attribute decoded to the
/// types they name. What a member reference, a specification or a definition's signature names is decoded once per
/// assembly and remembered by row, as any decoder worth its name does; every use of it is still counted.
/// </summary>
internal sealed class FullScan
{
    private readonly PEReader _pe;
    private readonly MetadataReader _md;
    private readonly TypeUses _types;
    private readonly AttributeArgumentTypes _attributeTypes;
    private readonly int[] _memberReferences;
    private readonly int[] _methodDefinitions;
    private readonly int[] _fieldDefinitions;
    private readonly int[] _methodSpecifications;

    public FullScan(PEReader pe)
    {
        _pe = pe;
        _md = pe.GetMetadataReader();
        _types = new TypeUses(_md);
        _attributeTypes = new AttributeArgumentTypes(_types);
        _memberReferences = new int[_md.GetTableRowCount(TableIndex.MemberRef) + 1];
        _methodDefinitions = new int[_md.GetTableRowCount(TableIndex.MethodDef) + 1];
        _fieldDefinitions = new int[_md.GetTableRowCount(TableIndex.Field) + 1];
        _methodSpecifications = new int[_md.GetTableRowCount(TableIndex.MethodSpec) + 1];
    }

    /// <summary>Gets how many type uses were decoded (a type named by a signature, an operand, a header or an attribute).</summary>
    public long Uses => _types.Uses;

    /// <summary>Gets how many IL operand tokens were resolved.</summary>
    public long Operands { get; private set; }

    /// <summary>Gets a sum of everything decoded, printed so that no decoding is dead code.</summary>
    public long Checksum { get; private set; }

    /// <summary>Gets the types a user wrote, counted as every engine counts them.</summary>
    public int Types { get; private set; }

    public void Run()
    {
        foreach (var handle in _md.TypeDefinitions)
        {
            if (TypeOwners.OwnerOf(_md, handle) == handle)
            {
                Types++;
            }

            Type(_md.GetTypeDefinition(handle));
        }

        foreach (var handle in _md.CustomAttributes)
        {
            Attribute(_md.GetCustomAttribute(handle));
        }
    }

    private void Type(TypeDefinition type)
    {
        Sum(_types.Of(type.BaseType));
        foreach (var i in type.GetInterfaceImplementations())
        {
            Sum(_types.Of(_md.GetInterfaceImplementation(i).Interface));
        }

        Constraints(type.GetGenericParameters());
        foreach (var f in type.GetFields())
        {
            Sum(FieldDefinition(f));
        }

        foreach (var p in type.GetProperties())
        {
            Sum(Combined(_md.GetPropertyDefinition(p).DecodeSignature(_types, null)));
        }

        foreach (var e in type.GetEvents())
        {
            Sum(_types.Of(_md.GetEventDefinition(e).Type));
        }

        foreach (var m in type.GetMethods())
        {
            Sum(MethodDefinition(m));
            var method = _md.GetMethodDefinition(m);
            Constraints(method.GetGenericParameters());
            if (method.RelativeVirtualAddress != 0)
            {
                Body(_pe.GetMethodBody(method.RelativeVirtualAddress));
            }
        }
    }

    private void Constraints(GenericParameterHandleCollection parameters)
    {
        foreach (var p in parameters)
        {
            foreach (var c in _md.GetGenericParameter(p).GetConstraints())
            {
                Sum(_types.Of(_md.GetGenericParameterConstraint(c).Type));
            }
        }
    }

    private void Body(MethodBodyBlock body)
    {
        if (!body.LocalSignature.IsNil)
        {
            foreach (var local in _md.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_types, null))
            {
                Sum(local);
            }
        }

        foreach (var region in body.ExceptionRegions)
        {
            Sum(_types.Of(region.CatchType));
        }

        var il = body.GetILReader();
        while (IlOperands.NextToken(ref il, out var token))
        {
            Operands++;
            Sum(Token(token));
        }
    }

    /// <summary>The type an IL operand names, with the signature of the member it names.</summary>
    private int Token(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification => _types.Of(handle),
        HandleKind.MemberReference => MemberReference((MemberReferenceHandle)handle),
        HandleKind.MethodDefinition => MethodDefinition((MethodDefinitionHandle)handle),
        HandleKind.FieldDefinition => FieldDefinition((FieldDefinitionHandle)handle),
        HandleKind.MethodSpecification => MethodSpecification((MethodSpecificationHandle)handle),
        HandleKind.StandaloneSignature => Combined(_md.GetStandaloneSignature((StandaloneSignatureHandle)handle).DecodeMethodSignature(_types, null)),
        _ => 0,
    };

    private int MemberReference(MemberReferenceHandle handle)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        if (_memberReferences[row] != 0)
        {
            return _memberReferences[row];
        }

        var reference = _md.GetMemberReference(handle);
        var parent = reference.Parent.Kind == HandleKind.MethodDefinition
            ? MethodDefinition((MethodDefinitionHandle)reference.Parent)
            : _types.Of(reference.Parent);
        var signature = reference.GetKind() == MemberReferenceKind.Field
            ? reference.DecodeFieldSignature(_types, null)
            : Combined(reference.DecodeMethodSignature(_types, null));
        return Remember(_memberReferences, row, (parent * 31) + signature);
    }

    private int MethodDefinition(MethodDefinitionHandle handle)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        if (_methodDefinitions[row] != 0)
        {
            return _methodDefinitions[row];
        }

        var method = _md.GetMethodDefinition(handle);
        return Remember(_methodDefinitions, row, (_types.Of(method.GetDeclaringType()) * 31) + Combined(method.DecodeSignature(_types, null)));
    }

    private int FieldDefinition(FieldDefinitionHandle handle)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        if (_fieldDefinitions[row] != 0)
        {
            return _fieldDefinitions[row];
        }

        var field = _md.GetFieldDefinition(handle);
        return Remember(_fieldDefinitions, row, (_types.Of(field.GetDeclaringType()) * 31) + field.DecodeSignature(_types, null));
    }

    private int MethodSpecification(MethodSpecificationHandle handle)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        if (_methodSpecifications[row] != 0)
        {
            return _methodSpecifications[row];
        }

        var specification = _md.GetMethodSpecification(handle);
        var method = Token(specification.Method);
        foreach (var argument in specification.DecodeSignature(_types, null))
        {
            method = (method * 31) + argument;
        }

        return Remember(_methodSpecifications, row, method);
    }

    /// <summary>A custom attribute: the constructor it calls and the type name of every argument it passes.</summary>
    private void Attribute(CustomAttribute attribute)
    {
        Sum(Token(attribute.Constructor));
        try
        {
            var value = attribute.DecodeValue(_attributeTypes);
            foreach (var argument in value.FixedArguments)
            {
                Sum(argument.Type.Length);
            }

            foreach (var argument in value.NamedArguments)
            {
                Sum(argument.Type.Length);
            }
        }
        catch (BadImageFormatException)
        {
            // An enum argument whose underlying type is not int: its size cannot be known without the enum's assembly.
            Sum(-1);
        }
    }

    private static int Combined(MethodSignature<int> signature)
    {
        var sum = signature.ReturnType;
        foreach (var parameter in signature.ParameterTypes)
        {
            sum = (sum * 31) + parameter;
        }

        return sum;
    }

    /// <summary>Keeps what a row decoded to; 0 stays "not decoded yet".</summary>
    private static int Remember(int[] rows, int row, int value) => rows[row] = value == 0 ? 1 : value;

    private void Sum(int value) => Checksum += value;
}
