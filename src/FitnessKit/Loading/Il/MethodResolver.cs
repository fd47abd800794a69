using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// Names the methods, types and fields that one assembly's IL refers to, and answers the two questions the
/// interpreter asks of the assembly's own code: what a static or instance field was set to by its type's
/// constructors, and what a small method of the assembly returns for given arguments.
/// </summary>
internal sealed class MethodResolver
{
    private readonly MetadataReader _metadata;
    private readonly Dictionary<int, CalledMethod?> _described = new();
    private readonly Dictionary<int, TypeName?> _declaring = new();
    // By the field's row and whether it is static, in one number: keyed by a tuple, the table would be generic code
    // compiled at every start.
    private readonly Dictionary<int, IlValue?> _fields = new();
    private readonly HashSet<int> _interpreting = new();

    public MethodResolver(MetadataReader metadata, MetadataNames names)
    {
        _metadata = metadata;
        Types = new TypeUseProvider(names);
    }

    /// <summary>Gets the signature decoder.</summary>
    public TypeUseProvider Types { get; }

    /// <summary>Gets or sets the interpreter of this assembly's method bodies.</summary>
    public IlInterpreter? Interpreter { get; set; }

    /// <summary>Gets or sets what answers for static code of the other assemblies of the reading, if anything does.</summary>
    public IForeignCode? Foreign { get; set; }

    /// <summary>The type a type handle names, with its generic arguments.</summary>
    public TypeUse? TypeOf(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.TypeDefinition => Types.GetTypeFromDefinition(_metadata, (TypeDefinitionHandle)handle, 0),
        HandleKind.TypeReference => Types.GetTypeFromReference(_metadata, (TypeReferenceHandle)handle, 0),
        HandleKind.TypeSpecification => Types.GetTypeFromSpecification(_metadata, null, (TypeSpecificationHandle)handle, 0),
        _ => null,
    };

    /// <summary>The type that declares the method a call names, read without decoding the method's signature; <see langword="null"/> for a token that names no method.</summary>
    public TypeName? DeclaringTypeOf(EntityHandle handle) => Remembered(_declaring, handle, static (resolver, h) => resolver.ReadDeclaringType(h));

    /// <summary>
    /// The named type of a type token: the generic type itself for an instantiation (<c>List&lt;Order&gt;</c>: <c>List`1</c>),
    /// read from the head of its signature without decoding its arguments, as <see cref="TypeOf"/> would name it. Most
    /// calls in a body are to methods of instantiated framework types, and only the declaring type's name is asked.
    /// </summary>
    private TypeName? NamedTypeOf(EntityHandle handle)
    {
        if (handle.Kind == HandleKind.TypeSpecification)
        {
            var signature = _metadata.GetBlobReader(_metadata.GetTypeSpecification((TypeSpecificationHandle)handle).Signature);
            if (signature.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance
                && signature.ReadSignatureTypeCode() is SignatureTypeCode.TypeHandle)
            {
                return TypeOf(signature.ReadTypeHandle())?.Type;
            }
        }

        return TypeOf(handle)?.Type;
    }

    private TypeName? ReadDeclaringType(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                return TypeOf(_metadata.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType())?.Type;
            case HandleKind.MemberReference:
                var reference = _metadata.GetMemberReference((MemberReferenceHandle)handle);
                return reference.Parent.Kind == HandleKind.MethodDefinition
                    ? TypeOf(_metadata.GetMethodDefinition((MethodDefinitionHandle)reference.Parent).GetDeclaringType())?.Type
                    : NamedTypeOf(reference.Parent);
            case HandleKind.MethodSpecification:
                return DeclaringTypeOf(_metadata.GetMethodSpecification((MethodSpecificationHandle)handle).Method);
            default:
                return null;
        }
    }

    /// <summary>The name of the method a token names, its signature not decoded.</summary>
    public string NameOf(EntityHandle handle) => _metadata.GetString(handle.Kind == HandleKind.MethodDefinition
        ? _metadata.GetMethodDefinition((MethodDefinitionHandle)handle).Name
        : _metadata.GetMemberReference((MemberReferenceHandle)handle).Name);

    /// <summary>The method a call or <c>ldftn</c> names, or <see langword="null"/> for a token that names no method.</summary>
    public CalledMethod? Describe(EntityHandle handle) => Remembered(_described, handle, static (resolver, h) => resolver.Read(h));

    /// <summary>Reads what a token names once and remembers it: the same call is made many times. The readers are static lambdas, made once, not a delegate at each reading.</summary>
    private T Remembered<T>(Dictionary<int, T> known, EntityHandle handle, Func<MethodResolver, EntityHandle, T> read)
    {
        var token = MetadataTokens.GetToken(handle);
        if (!known.TryGetValue(token, out var value))
        {
            known[token] = value = read(this, handle);
        }

        return value;
    }

    private CalledMethod? Read(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.MethodDefinition:
                var definitionHandle = (MethodDefinitionHandle)handle;
                var definition = _metadata.GetMethodDefinition(definitionHandle);
                var owner = TypeOf(definition.GetDeclaringType());
                var ownParameters = owner is null ? [] : OwnGenericParameters(definition.GetDeclaringType());
                var signature = definition.DecodeSignature(Types, null);
                return owner is null ? null : Create(owner with { Arguments = ownParameters }, _metadata.GetString(definition.Name), [], signature) with { Definition = definitionHandle };
            case HandleKind.MemberReference:
                var reference = _metadata.GetMemberReference((MemberReferenceHandle)handle);
                if (reference.GetKind() != MemberReferenceKind.Method)
                {
                    return null;
                }

                var parent = reference.Parent.Kind == HandleKind.MethodDefinition
                    ? TypeOf(_metadata.GetMethodDefinition((MethodDefinitionHandle)reference.Parent).GetDeclaringType())
                    : TypeOf(reference.Parent);
                return parent is null ? null : Create(parent, _metadata.GetString(reference.Name), [], reference.DecodeMethodSignature(Types, null));
            case HandleKind.MethodSpecification:
                var specification = _metadata.GetMethodSpecification((MethodSpecificationHandle)handle);
                var generic = Describe(specification.Method);
                var arguments = specification.DecodeSignature(Types, null);
                return generic is null ? null : generic with { MethodArguments = [.. arguments.Select(a => a ?? GenericParameters.OfMethod(0).Use)] };
            default:
                return null;
        }
    }

    private static CalledMethod Create(TypeUse declaringType, string name, IReadOnlyList<TypeUse> methodArguments, MethodSignature<TypeUse?> signature) =>
        new(declaringType, name, methodArguments, signature.ParameterTypes, signature.ReturnType, signature.Header.IsInstance);

    /// <summary>A generic type's own parameters as placeholders, so that a definition reads like a use of itself.</summary>
    private TypeUse[] OwnGenericParameters(TypeDefinitionHandle handle)
    {
        var count = _metadata.GetTypeDefinition(handle).GetGenericParameters().Count;
        var parameters = new TypeUse[count];
        for (var i = 0; i < count; i++)
        {
            parameters[i] = GenericParameters.OfType(i).Use;
        }

        return parameters;
    }

    /// <summary>What a static field of another assembly holds, asked of <see cref="Foreign"/>: one text, the <see langword="null"/> literal, or nothing known.</summary>
    /// <param name="handle">The field as the IL names it.</param>
    /// <param name="type">Its declared type, as <see cref="FieldType"/> reads it.</param>
    public IlValue? ForeignFieldValue(EntityHandle handle, TypeUse? type)
    {
        if (Foreign is not { } foreign || handle.Kind != HandleKind.MemberReference || type?.Type.FullName != "System.String")
        {
            return null;
        }

        // Only a text field of the code base's is asked for: the name is read, and the other assembly opened, for no other.
        var reference = _metadata.GetMemberReference((MemberReferenceHandle)handle);
        return reference.GetKind() == MemberReferenceKind.Field && reference.Parent.Kind == HandleKind.TypeReference
            && TypeOf(reference.Parent) is { } declaring && foreign.Answers(declaring.Type)
            ? foreign.StaticFieldValue(declaring.Type, _metadata.GetString(reference.Name))
            : null;
    }

    /// <summary>The declared type of a field, defined here or referenced.</summary>
    public TypeUse? FieldType(EntityHandle handle) => handle.Kind switch
    {
        HandleKind.FieldDefinition => _metadata.GetFieldDefinition((FieldDefinitionHandle)handle).DecodeSignature(Types, null),
        HandleKind.MemberReference when _metadata.GetMemberReference((MemberReferenceHandle)handle) is { } reference && reference.GetKind() == MemberReferenceKind.Field
            => reference.DecodeFieldSignature(Types, null),
        _ => null,
    };

    /// <summary>The name of the user variable a field of a closure or state machine holds (<c>sql</c>), or <see langword="null"/> for any other field.</summary>
    /// <remarks>A field of a generic closure or state machine (that of a generic method) is named by a member reference to its instance.</remarks>
    public string? CapturedName(EntityHandle handle)
    {
        StringHandle name;
        TypeDefinitionHandle declaring;
        if (handle.Kind == HandleKind.FieldDefinition)
        {
            var field = _metadata.GetFieldDefinition((FieldDefinitionHandle)handle);
            (name, declaring) = (field.Name, field.GetDeclaringType());
        }
        else if (handle.Kind == HandleKind.MemberReference
            && _metadata.GetMemberReference((MemberReferenceHandle)handle) is { Parent.Kind: HandleKind.TypeSpecification } reference
            && reference.GetKind() == MemberReferenceKind.Field
            && GenericDefinitionOf((TypeSpecificationHandle)reference.Parent) is { IsNil: false } generic)
        {
            (name, declaring) = (reference.Name, generic);
        }
        else
        {
            return null;
        }

        return _metadata.StringComparer.StartsWith(name, "<") || !CompilerGeneratedNames.IsGeneratedType(_metadata, _metadata.GetTypeDefinition(declaring))
            ? null
            : _metadata.GetString(name);
    }

    /// <summary>The type defined here that a generic instance names (<c>&lt;QueryAsync&gt;d__2`1&lt;!!0&gt;</c>), or nil.</summary>
    private TypeDefinitionHandle GenericDefinitionOf(TypeSpecificationHandle handle)
    {
        var signature = _metadata.GetBlobReader(_metadata.GetTypeSpecification(handle).Signature);
        return signature.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance
            && signature.ReadSignatureTypeCode() is SignatureTypeCode.TypeHandle
            && signature.ReadTypeHandle() is { Kind: HandleKind.TypeDefinition } definition
            ? (TypeDefinitionHandle)definition
            : default;
    }

    /// <summary>What a field of this assembly holds after its type's constructors ran: one value stored by them all, or nothing known.</summary>
    public IlValue? FieldValue(FieldDefinitionHandle handle, bool isStatic)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        var key = (row * 2) + (isStatic ? 1 : 0);
        if (_fields.TryGetValue(key, out var known))
        {
            return known;
        }

        _fields[key] = null;
        var type = _metadata.GetTypeDefinition(_metadata.GetFieldDefinition(handle).GetDeclaringType());
        IlValue? value = null;
        var conflicting = false;
        foreach (var methodHandle in type.GetMethods())
        {
            var name = _metadata.GetString(_metadata.GetMethodDefinition(methodHandle).Name);
            if (name != (isStatic ? ".cctor" : ".ctor") || Interpreter is null || !_interpreting.Add(MetadataTokens.GetRowNumber(methodHandle)))
            {
                continue;
            }

            var trace = Interpreter.Interpret(methodHandle, null, IlInterpreter.MaxDepth);
            _interpreting.Remove(MetadataTokens.GetRowNumber(methodHandle));
            if (trace.FieldStores.TryGetValue(row, out var stored))
            {
                conflicting |= value is not null && value != stored && !SameText(value, stored);
                value ??= stored;
            }
        }

        // A parameter of a constructor is no value the field holds for another method: only its type is known there.
        if (value is ArgumentValue argument)
        {
            value = argument.Type is { } declared ? new TypedValue(declared) : null;
        }

        return _fields[key] = conflicting ? null : value;
    }

    /// <summary>
    /// What a method returns for the given arguments: its one returned text (or <see langword="null"/> literal), or
    /// nothing known. A method of this assembly is interpreted; a static one of another assembly is asked of
    /// <see cref="Foreign"/>, with constant arguments only.
    /// </summary>
    public IlValue? ReturnOf(CalledMethod method, IlValue[] arguments, int depth)
    {
        if (Interpreter is null || method.ReturnType?.Type.FullName is not ("System.String" or "System.FormattableString"))
        {
            return null;
        }

        if (method.Definition.IsNil)
        {
            return !method.HasThis && Foreign is { } foreign && arguments.All(a => a is TextValue or IntegerValue or NullValue)
                ? foreign.ReturnOf(method, arguments, depth)
                : null;
        }

        if (!_interpreting.Add(MetadataTokens.GetRowNumber(method.Definition)))
        {
            return null;
        }

        try
        {
            var returns = Interpreter.Interpret(method.Definition, arguments, depth).Returns;
            return returns.Count > 0 && (returns.All(r => r is TextValue && SameText(r, returns[0])) || returns.All(r => r is NullValue)) ? returns[0] : null;
        }
        finally
        {
            _interpreting.Remove(MetadataTokens.GetRowNumber(method.Definition));
        }
    }

    private static bool SameText(IlValue a, IlValue b) =>
        a is TextValue x && b is TextValue y && x.Parts.SequenceEqual(y.Parts);
}
