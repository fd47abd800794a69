using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads one user-written type and the compiler-generated types nested in it into an <see cref="InspectedType"/>
/// whose header <see cref="TypeHeaderReader"/> read: every dependency of its members, signatures, attributes and code.
/// </summary>
internal sealed class TypeScanner
{
    private readonly PEReader _pe;
    private readonly MetadataReader _metadata;
    private readonly MetadataNames _names;
    private readonly CustomAttributeReader _attributes;
    private readonly IlWalker _il;
    private readonly MemberFactsCache _members;
    private readonly List<TypeName> _returns = new();
    private readonly List<TypeName> _parameters = new();
    private readonly List<TypeName> _attributeTypes = new();
    // Keyed by row number: collections keyed by metadata handles are compiled on first use, not ahead of time.
    private readonly Dictionary<int, string?> _creators = new();
    private readonly Dictionary<int, string> _accessors = new();
    private readonly List<GenericCall> _genericCalls = new();
    private readonly List<ForeignCall> _foreignCalls = new();

    // What a type decoded for a cache keeps, reused from type to type.
    private readonly List<TypeDependency> _kept = new();
    // The rows of the generated types still to read, one list for every type the scanner reads (12 MB of lists over
    // 3,000 assemblies when each type made its own).
    private readonly List<int> _pending = new();
    // One sink per thread, handed from one assembly's scanner to the next: its tables grow to the largest type once, not
    // again for every assembly (3.6 MB of the framework map's 32 MB decoding was its set, growing).
    [ThreadStatic]
    private static DependencySink? _spareSink;

    private readonly DependencySink _sink = TakeSink();
    private int _ownerToken;
    // The method whose body the walker reads: its name, its compiler-generated type's name (nil for the user type's own), its token.
    private StringHandle _walkingName;
    private StringHandle _walkingGeneratedType;
    private int _walkingToken;
    private string? _walkingMember;
    // Names the calls recorded (ForeignCall) as the coupling's reading of the IL names them; made when the first is recorded.
    private Il.MethodResolver? _resolver;
    private CallRecording? _recording;
    private HashSet<(string Member, TypeName Declaring, string Method, TypeUse? Returns)>? _seenCalls;

    public TypeScanner(PEReader pe, MetadataReader metadata, MetadataNames names, TypeNameTable table)
    {
        _pe = pe;
        _metadata = metadata;
        _names = names;
        var members = _members = new MemberFactsCache(metadata, names);
        _attributes = new CustomAttributeReader(metadata, names, members, table);
        _il = new IlWalker(metadata, names, members)
        {
            ObjectCreated = (type, member) => _creators.TryAdd(MetadataTokens.GetRowNumber(type), member),
            GenericMethodCalled = _genericCalls.Add,
            ForeignMethodCalled = RecordForeignCall,
        };
    }

    /// <summary>Lets go of what the scanner read of its assembly's members, once the assembly is done with it (<see cref="MemberFactsCache.Release"/>), and hands its sink to the thread's next scanner.</summary>
    public void Release()
    {
        _members.Release();
        _sink.Clear();
        _spareSink = _sink;
    }

    private static DependencySink TakeSink()
    {
        var spare = _spareSink;
        _spareSink = null;
        return spare ?? new DependencySink();
    }

    /// <summary>
    /// Every type that anything in the assembly can name: every type a signature, attribute or instruction names is a
    /// row of its type definition or type reference tables, a primitive of the core library, or a type name written
    /// in an attribute's arguments. When none matches, no type of the assembly can depend on a matching type, and its
    /// code need not be decoded to know it. Names may repeat; they are read as they are enumerated.
    /// </summary>
    public IEnumerable<TypeName> NamedTypes()
    {
        foreach (var handle in _metadata.TypeReferences)
        {
            yield return _names.Of(handle);
        }

        foreach (var handle in _metadata.TypeDefinitions)
        {
            yield return _names.Of(handle);
        }

        foreach (var primitive in SignatureWalker.PrimitiveNames)
        {
            yield return _names.Primitive(primitive);
        }

        foreach (var name in _attributes.ArgumentNames())
        {
            yield return name;
        }
    }

    /// <summary>Whether anything in the assembly can name a type that matches (<see cref="NamedTypes"/>), read until the first that does.</summary>
    public bool MayName(Func<TypeName, bool> match) => NamedTypes().Any(match);

    /// <summary>Reads the members and code of a type whose header was read, with the compiler-generated types nested in it.</summary>
    public void ScanBody(InspectedType type, TypeDefinitionHandle handle, ReadOnlySpan<TypeDefinitionHandle> generatedTypes)
    {
        _sink.Reset(type.Name);
        Scan(type, handle, generatedTypes, _sink);
        type.HoldDecoded(_sink.ToArray(), _genericCalls.Count == 0 ? [] : [.. _genericCalls]);
    }

    /// <summary>
    /// Reads the members and code of a type in full, as <see cref="ScanBody"/> does, for a check that writes the assembly
    /// to a cache: hands the type with its details to the cache's file, then keeps of them what the check reads, with the
    /// calls <paramref name="recording"/> passes, as <see cref="ScanKept"/> does. The full lists are never the type's.
    /// </summary>
    public void ScanFilling(InspectedType type, TypeDefinitionHandle handle, ReadOnlySpan<TypeDefinitionHandle> generatedTypes, DependencyView view, KeepDependency keep, Func<string, bool> keepCallsTo, CallRecording? recording, IAssemblyDecoder reader, ModelCache.Filling filling)
    {
        _sink.Reset(type.Name);
        ScanRecording(type, handle, generatedTypes, recording, keepsGenericCallsTo: null);
        GenericCall[] calls = _genericCalls.Count == 0 ? [] : [.. _genericCalls];
        var dependencies = _sink.Items;
        filling.Add(type, type.GenericProperties, calls, dependencies);
        var kept = _kept;
        kept.Clear();
        foreach (ref readonly var dependency in dependencies)
        {
            if (keep(dependency.Target, dependency.Kind, dependency.IsPublicSurface))
            {
                kept.Add(dependency);
            }
        }

        type.Keep(view, CollectionsMarshal.AsSpan(kept), calls.Length == 0 ? [] : [.. calls.Where(c => keepCallsTo(c.Method))], reader, ForeignCallsInOrder());
        kept.Clear();
    }

    /// <summary>
    /// Reads the members and code of a type for one check, making only the dependencies and generic calls it keeps
    /// (<see cref="InspectedType.Keep"/>), and recording the calls <c>recording</c> passes (none when it is <see
    /// langword="null"/>) with the called method (<see cref="ForeignCall"/>).
    /// </summary>
    public void ScanKept(InspectedType type, TypeDefinitionHandle handle, ReadOnlySpan<TypeDefinitionHandle> generatedTypes, DependencyView view, KeepDependency keep, Func<string, bool> keepCallsTo, CallRecording? recording, IAssemblyDecoder reader)
    {
        _sink.Reset(type.Name, keep);
        ScanRecording(type, handle, generatedTypes, recording, keepCallsTo);
        type.Keep(view, _sink.Items, _genericCalls.Count == 0 ? [] : [.. _genericCalls], reader, ForeignCallsInOrder());
    }

    /// <summary>Scans a type into the sink, recording the calls <paramref name="recording"/> passes, and of the generic calls those <paramref name="keepsGenericCallsTo"/> keeps (all when it is <see langword="null"/>).</summary>
    private void ScanRecording(InspectedType type, TypeDefinitionHandle handle, ReadOnlySpan<TypeDefinitionHandle> generatedTypes, CallRecording? recording, Func<string, bool>? keepsGenericCallsTo)
    {
        _il.KeepsGenericCallsTo = keepsGenericCallsTo;
        _recording = recording;
        _il.RaisesCallsOn = recording?.DeclaringType;
        try
        {
            Scan(type, handle, generatedTypes, _sink);
        }
        finally
        {
            _il.KeepsGenericCallsTo = null;
            _il.RaisesCallsOn = null;
            _recording = null;
        }
    }

    /// <summary>
    /// Records a call the walker raised when its declaring type, as the coupling names it (the generic type itself for an
    /// instance), is one to record; a call whose declaring type only names such a type (<c>List&lt;OrderDto&gt;</c>) is not.
    /// </summary>
    private void RecordForeignCall(EntityHandle handle, int offset)
    {
        var resolver = _resolver ??= new Il.MethodResolver(_metadata, _names);
        if (_recording is { } recording && resolver.DeclaringTypeOf(handle) is { } declaring && recording.DeclaringType(declaring)
            && resolver.Describe(handle) is { } called && recording.Method(called.Name))
        {
            // One name for every call of the method's body.
            if (_walkingMember is null)
            {
                _walkingMember = Il.MethodOwner.MemberOf(_metadata.GetString(_walkingName), _walkingGeneratedType.IsNil ? null : _metadata.GetString(_walkingGeneratedType));
            }

            _foreignCalls.Add(new ForeignCall(_walkingMember, _walkingToken, offset, declaring, called.Name, called.ReturnType));
        }
    }

    /// <summary>
    /// The calls recorded of a type, in the order of its methods' rows and then of their IL, as reading the assembly's
    /// methods in turn finds them (the generated types are read in another order); of the calls of one member to one
    /// method with one return type, the first only: the coupling reads no other (a query keeps its first call's place).
    /// </summary>
    private ForeignCall[] ForeignCallsInOrder()
    {
        if (_foreignCalls.Count == 0)
        {
            return [];
        }

        _foreignCalls.Sort(static (a, b) => a.MethodToken != b.MethodToken ? a.MethodToken.CompareTo(b.MethodToken) : a.Offset.CompareTo(b.Offset));
        var seen = _seenCalls ??= new();
        seen.Clear();
        var count = 0;
        var calls = CollectionsMarshal.AsSpan(_foreignCalls);
        foreach (var call in calls)
        {
            if (seen.Add((call.Member, call.DeclaringType, call.Method, call.ReturnType)))
            {
                calls[count++] = call;
            }
        }

        return [.. calls[..count]];
    }

    /// <summary>
    /// Whether a type depends on a type that matches: the same reading as <see cref="ScanBody"/>, stopped at the first
    /// match, keeping nothing; the type's members and dependencies are still decoded when first asked for.
    /// </summary>
    public bool Probe(InspectedType type, TypeDefinitionHandle handle, ReadOnlySpan<TypeDefinitionHandle> generatedTypes, Func<TypeName, bool> match)
    {
        _sink.Probe(type.Name, match);
        Scan(type, handle, generatedTypes, _sink);
        return _sink.Found;
    }

    private void Scan(InspectedType type, TypeDefinitionHandle handle, ReadOnlySpan<TypeDefinitionHandle> generatedTypes, DependencySink sink)
    {
        var definition = _metadata.GetTypeDefinition(handle);
        var visible = type.IsVisibleOutsideAssembly;
        _ownerToken = type.Token;
        var typeAnchor = CodeAnchor.ForType(type.Token);
        _creators.Clear();
        _genericCalls.Clear();
        _foreignCalls.Clear();

        ReadTypeLevel(definition, type, sink, visible, typeAnchor);
        var accessors = ReadProperties(definition, type, sink, visible);
        if (sink.Found)
        {
            return;
        }

        ReadEvents(definition, sink, visible, accessors);
        ReadFields(definition, sink, visible, typeAnchor, generatedMember: null);
        ReadMethods(definition, sink, visible, accessors, generatedMember: null);
        if (!sink.Found)
        {
            ReadGenerated(generatedTypes, sink, accessors, typeAnchor);
        }
    }

    private void ReadTypeLevel(TypeDefinition definition, InspectedType type, DependencySink sink, bool visible, CodeAnchor anchor)
    {
        if (!definition.BaseType.IsNil)
        {
            foreach (var target in _names.TypesIn(definition.BaseType))
            {
                sink.Add(target, DependencyKind.BaseType, null, visible, anchor);
            }
        }

        foreach (var handle in definition.GetInterfaceImplementations())
        {
            var implementation = _metadata.GetInterfaceImplementation(handle);
            foreach (var target in _names.TypesIn(implementation.Interface))
            {
                sink.Add(target, DependencyKind.ImplementedInterface, null, visible, anchor);
            }
        }

        ReadGenericParameters(definition.GetGenericParameters(), sink, null, visible, anchor);
        // Read into the scanner's buffer and kept as an array of their number: every type of a check holds its own.
        var attributeTypes = sink.IsProbing ? null : _attributeTypes;
        attributeTypes?.Clear();
        _attributes.Read(definition.GetCustomAttributes(), sink, null, visible, anchor, attributeTypes);
        if (attributeTypes is not null)
        {
            type.Attributes = attributeTypes.Count == 0 ? [] : attributeTypes.ToArray();
        }
    }

    private void ReadGenericParameters(GenericParameterHandleCollection parameters, DependencySink sink, string? member, bool visible, CodeAnchor anchor)
    {
        foreach (var handle in parameters)
        {
            var parameter = _metadata.GetGenericParameter(handle);
            foreach (var constraintHandle in parameter.GetConstraints())
            {
                var constraint = _metadata.GetGenericParameterConstraint(constraintHandle);
                foreach (var target in _names.TypesIn(constraint.Type))
                {
                    sink.Add(target, DependencyKind.GenericConstraint, member, visible, anchor);
                }
            }

            _attributes.Read(parameter.GetCustomAttributes(), sink, member, visible, anchor);
        }
    }

    private Dictionary<int, string> ReadProperties(TypeDefinition definition, InspectedType type, DependencySink sink, bool visible)
    {
        // One table for the assembly, emptied for each type: it serves only the scan of that type.
        var accessors = _accessors;
        accessors.Clear();
        List<PropertySummary>? generic = null;
        foreach (var handle in definition.GetProperties())
        {
            var property = _metadata.GetPropertyDefinition(handle);
            var name = _metadata.GetString(property.Name);
            var methods = property.GetAccessors();
            var accessor = methods.Getter.IsNil ? methods.Setter : methods.Getter;
            var isPublic = !accessor.IsNil && IsPublicMember(_metadata.GetMethodDefinition(accessor).Attributes);
            Remember(accessors, methods.Getter, name);
            Remember(accessors, methods.Setter, name);
            var anchor = AnchorOf(accessor);
            _returns.Clear();
            _parameters.Clear();
            var blob = _metadata.GetBlobReader(property.Signature);
            SignatureWalker.CollectMethodSignature(ref blob, _names, _returns, _parameters);
            sink.AddAll(_returns, DependencyKind.PropertyType, name, visible && isPublic, anchor);
            sink.AddAll(_parameters, DependencyKind.PropertyType, name, visible && isPublic, anchor);
            _attributes.Read(property.GetCustomAttributes(), sink, name, visible && isPublic, anchor);
            blob.Reset();
            if (!sink.IsProbing && SignatureWalker.ReadPropertyUse(ref blob, _names) is { Arguments.Count: > 0 } use)
            {
                (generic ??= new()).Add(new PropertySummary(name, use, isPublic));
            }
        }

        if (!sink.IsProbing)
        {
            type.GenericProperties = generic ?? (IReadOnlyList<PropertySummary>)[];
        }

        return accessors;
    }

    private void ReadEvents(TypeDefinition definition, DependencySink sink, bool visible, Dictionary<int, string> accessors)
    {
        foreach (var handle in definition.GetEvents())
        {
            var @event = _metadata.GetEventDefinition(handle);
            var name = _metadata.GetString(@event.Name);
            var methods = @event.GetAccessors();
            Remember(accessors, methods.Adder, name);
            Remember(accessors, methods.Remover, name);
            Remember(accessors, methods.Raiser, name);
            var isPublic = !methods.Adder.IsNil && IsPublicMember(_metadata.GetMethodDefinition(methods.Adder).Attributes);
            var anchor = AnchorOf(methods.Adder);
            foreach (var target in _names.TypesIn(@event.Type))
            {
                sink.Add(target, DependencyKind.EventType, name, visible && isPublic, anchor);
            }

            _attributes.Read(@event.GetCustomAttributes(), sink, name, visible && isPublic, anchor);
        }
    }

    private void ReadFields(TypeDefinition definition, DependencySink sink, bool visible, CodeAnchor anchor, string? generatedMember)
    {
        // Only a compiler-generated type is read with a member to attribute it to; the type itself may be named <...>
        // and still be the user's (a file-local type).
        var generated = generatedMember is not null;
        foreach (var handle in definition.GetFields())
        {
            var field = _metadata.GetFieldDefinition(handle);
            // A generated type's fields are its member's locals: their names are only looked at, never kept. A user
            // type's field named by the compiler is read as a string only for the property it backs.
            var generatedName = !generated && _metadata.StringComparer.StartsWith(field.Name, "<");
            var name = generated || generatedName ? null : _metadata.GetString(field.Name);
            var owner = generatedName ? CompilerGeneratedNames.BackingFieldOwner(_metadata, field.Name) : null;
            if (generated ? _metadata.StringComparer.StartsWith(field.Name, CompilerGeneratedNames.BookkeepingPrefix) : generatedName && owner is null)
            {
                // Bookkeeping of generated code, and fields the compiler adds to a user type (a primary constructor's
                // captured parameter <name>P): the constructor and the members that read them already hold the dependency.
                continue;
            }

            var member = generated ? generatedMember : owner ?? name;
            var isPublic = !generated && IsPublicMember(field.Attributes);
            _returns.Clear();
            var blob = _metadata.GetBlobReader(field.Signature);
            SignatureWalker.CollectFieldSignature(ref blob, _names, _returns);
            var kind = generated ? DependencyKind.LocalVariable : owner is null ? DependencyKind.FieldType : DependencyKind.PropertyType;
            sink.AddAll(_returns, kind, member, visible && isPublic, anchor);
            if (!generated)
            {
                _attributes.Read(field.GetCustomAttributes(), sink, member, visible && isPublic, anchor);
            }
        }
    }

    private void ReadMethods(TypeDefinition definition, DependencySink sink, bool visible, Dictionary<int, string> accessors, string? generatedMember)
    {
        var typeToken = _ownerToken;
        foreach (var handle in definition.GetMethods())
        {
            if (sink.Found)
            {
                return;
            }

            var method = _metadata.GetMethodDefinition(handle);
            // The name is read as a string only when it says something: a generated type's MoveNext or constructor is
            // its member's code, and an accessor's member is already known.
            var generatedName = _metadata.StringComparer.StartsWith(method.Name, "<");
            var isAccessor = accessors.TryGetValue(MetadataTokens.GetRowNumber(handle), out var member);
            if (!isAccessor)
            {
                member = generatedName
                    ? ToUserMember(CompilerGeneratedNames.UserMemberOf(_metadata, method.Name), accessors) ?? generatedMember
                    : generatedMember ?? _metadata.GetString(method.Name);
            }

            var isUserCode = generatedMember is null && !generatedName;
            var isPublic = isUserCode && IsPublicMember(method.Attributes);
            var methodToken = MetadataTokens.GetToken(handle);
            var anchor = CodeAnchor.ForMethod(typeToken, methodToken, -1);
            if (!isAccessor)
            {
                _returns.Clear();
                _parameters.Clear();
                var blob = _metadata.GetBlobReader(method.Signature);
                SignatureWalker.CollectMethodSignature(ref blob, _names, _returns, _parameters);
                sink.AddAll(_returns, DependencyKind.ReturnType, member, visible && isPublic, anchor);
                sink.AddAll(_parameters, DependencyKind.ParameterType, member, visible && isPublic, anchor);
            }

            ReadGenericParameters(method.GetGenericParameters(), sink, member, visible && isPublic, anchor);
            _attributes.Read(method.GetCustomAttributes(), sink, member, visible && isPublic, anchor);
            foreach (var parameterHandle in method.GetParameters())
            {
                _attributes.Read(_metadata.GetParameter(parameterHandle).GetCustomAttributes(), sink, member, visible && isPublic, anchor);
            }

            if (method.RelativeVirtualAddress != 0)
            {
                _walkingName = method.Name;
                _walkingGeneratedType = generatedMember is null ? default : definition.Name;
                _walkingToken = methodToken;
                _walkingMember = null;
                _il.Walk(MethodBody.Read(_pe, method.RelativeVirtualAddress), sink, member, typeToken, methodToken);
            }
        }
    }

    private void ReadGenerated(ReadOnlySpan<TypeDefinitionHandle> generatedTypes, DependencySink sink, Dictionary<int, string> accessors, CodeAnchor anchor)
    {
        var pending = _pending;
        pending.Clear();
        foreach (var generated in generatedTypes)
        {
            pending.Add(MetadataTokens.GetRowNumber(generated));
        }

        while (pending.Count > 0)
        {
            var progressed = false;
            for (var i = 0; i < pending.Count; i++)
            {
                var handle = MetadataTokens.TypeDefinitionHandle(pending[i]);
                if (MemberOfGenerated(handle, accessors, pending) is not { } member)
                {
                    continue;
                }

                ReadGeneratedType(handle, member, sink, accessors, anchor);
                pending.RemoveAt(i--);
                progressed = true;
            }

            if (!progressed)
            {
                foreach (var row in pending)
                {
                    ReadGeneratedType(MetadataTokens.TypeDefinitionHandle(row), "(compiler-generated)", sink, accessors, anchor);
                }

                pending.Clear();
            }
        }
    }

    private void ReadGeneratedType(TypeDefinitionHandle handle, string member, DependencySink sink, Dictionary<int, string> accessors, CodeAnchor anchor)
    {
        var definition = _metadata.GetTypeDefinition(handle);
        ReadFields(definition, sink, visible: false, anchor, member);
        ReadMethods(definition, sink, visible: false, accessors, member);
    }

    private string? MemberOfGenerated(TypeDefinitionHandle handle, Dictionary<int, string> accessors, List<int> pending)
    {
        var definition = _metadata.GetTypeDefinition(handle);
        if (ToUserMember(CompilerGeneratedNames.UserMemberOf(_metadata, definition.Name), accessors) is { } named)
        {
            return named;
        }

        if (_creators.TryGetValue(MetadataTokens.GetRowNumber(handle), out var creator) && creator is not null)
        {
            return creator;
        }

        // A cache of static lambdas names no member itself; its methods do, one by one.
        var declaring = definition.GetDeclaringType();
        return pending.Contains(MetadataTokens.GetRowNumber(declaring)) ? null : IsLambdaCache(definition) ? string.Empty : null;
    }

    private bool IsLambdaCache(TypeDefinition definition) => _metadata.StringComparer.StartsWith(definition.Name, "<>c")
        && !_metadata.StringComparer.StartsWith(definition.Name, "<>c__DisplayClass");

    private string? ToUserMember(string? name, Dictionary<int, string> accessors)
    {
        if (name is null)
        {
            return null;
        }

        // Only an accessor's own name (get_Value, add_Changed) maps to a property or event.
        if (name.IndexOf('_', StringComparison.Ordinal) is < 3 or > 6)
        {
            return name;
        }

        foreach (var pair in accessors)
        {
            if (string.Equals(_metadata.GetString(_metadata.GetMethodDefinition(MetadataTokens.MethodDefinitionHandle(pair.Key)).Name), name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return name;
    }

    private CodeAnchor AnchorOf(MethodDefinitionHandle accessor) =>
        accessor.IsNil ? default : CodeAnchor.ForMethod(_ownerToken, MetadataTokens.GetToken(accessor), -1);

    private static bool IsPublicMember(MethodAttributes attributes) =>
        (attributes & MethodAttributes.MemberAccessMask) is MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem;

    private static bool IsPublicMember(FieldAttributes attributes) =>
        (attributes & FieldAttributes.FieldAccessMask) is FieldAttributes.Public or FieldAttributes.Family or FieldAttributes.FamORAssem;

    private static void Remember(Dictionary<int, string> accessors, MethodDefinitionHandle handle, string name)
    {
        if (!handle.IsNil)
        {
            accessors[MetadataTokens.GetRowNumber(handle)] = name;
        }
    }
}
