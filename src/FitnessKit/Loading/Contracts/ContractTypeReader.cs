using System.Reflection;
using System.Reflection.Metadata;
using FitnessKit.Contracts;

namespace FitnessKit.Loading.Contracts;

/// <summary>Reads one visible type of a contract assembly: its declaration and the members consumers can use.</summary>
internal sealed class ContractTypeReader(MetadataReader reader, SignatureNodeProvider provider, Nullability nullability, TypeDefinitionHandle handle)
{
    private const string RequiredMember = "System.Runtime.CompilerServices.RequiredMemberAttribute";
    private const string ParamArray = "System.ParamArrayAttribute";
    private readonly TypeDefinition _type = reader.GetTypeDefinition(handle);

    private bool IsSealed => (_type.Attributes & TypeAttributes.Sealed) != 0;

    public ContractType Read()
    {
        var baseName = BaseName();
        var isInterface = (_type.Attributes & TypeAttributes.Interface) != 0;
        var kind = isInterface ? "interface"
            : baseName switch
            {
                "System.Enum" => "enum",
                "System.ValueType" => "struct",
                "System.MulticastDelegate" => "delegate",
                _ => IsRecord() ? "record class" : "class",
            };
        var isClass = kind is "class" or "record class";
        var modifiers = new List<string>();
        var isAbstract = (_type.Attributes & TypeAttributes.Abstract) != 0;
        if (isClass && isAbstract && IsSealed)
        {
            modifiers.Add("static");
        }
        else if (isClass && isAbstract)
        {
            modifiers.Add("abstract");
        }
        else if (isClass && IsSealed)
        {
            modifiers.Add("sealed");
        }

        var bases = new List<string>();
        if (kind == "enum")
        {
            foreach (var fieldHandle in _type.GetFields())
            {
                var field = reader.GetFieldDefinition(fieldHandle);
                if ((field.Attributes & FieldAttributes.Static) == 0)
                {
                    bases.Add(field.DecodeSignature(provider, Scope()).Render([]));
                }
            }
        }
        else if (kind != "delegate")
        {
            if (baseName is not (null or "System.Object" or "System.ValueType"))
            {
                bases.Add(Render(_type.BaseType));
            }

            var interfaces = new List<string>();
            foreach (var implementation in _type.GetInterfaceImplementations())
            {
                interfaces.Add(Render(reader.GetInterfaceImplementation(implementation).Interface));
            }

            bases.AddRange(interfaces.Order(StringComparer.Ordinal));
        }

        var members = new List<ContractMember>();
        var context = nullability.ContextOf(_type);
        if (kind == "enum")
        {
            members.AddRange(EnumValues());
        }
        else
        {
            members.AddRange(Fields(context));
            members.AddRange(Methods(context, kind == "delegate"));
            members.AddRange(Properties(context));
            members.AddRange(Events(context));
        }

        var access = (_type.Attributes & TypeAttributes.VisibilityMask) is TypeAttributes.Public or TypeAttributes.NestedPublic ? "public" : "protected";
        return new ContractType(FullName(), access, modifiers, kind, bases, [.. members.OrderBy(m => m.Key, StringComparer.Ordinal)]);
    }

    private string FullName() => Declared(handle, SignatureNodeProvider.NamesOf(reader, _type.GetGenericParameters()));

    /// <summary>Whether the type is a record class: the compiler gives one a <c>&lt;Clone&gt;$</c> method.</summary>
    private bool IsRecord()
    {
        foreach (var method in _type.GetMethods())
        {
            if (reader.StringComparer.Equals(reader.GetMethodDefinition(method).Name, "<Clone>$"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes a type's name with its type parameters where C# writes them: <c>Page&lt;T&gt;.Cursor</c>, each enclosing type taking as many of the parameters as its arity says.</summary>
    private string Declared(TypeDefinitionHandle type, IReadOnlyList<string> parameters)
    {
        var definition = reader.GetTypeDefinition(type);
        var name = reader.GetString(definition.Name);
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var arity = tick >= 0 && int.TryParse(name[(tick + 1)..], out var count) ? count : 0;
        var own = parameters.Skip(parameters.Count - Math.Min(arity, parameters.Count)).ToList();
        var written = (tick < 0 ? name : name[..tick]) + (own.Count == 0 ? string.Empty : $"<{string.Join(",", own)}>");
        var declaring = definition.GetDeclaringType();
        if (declaring.IsNil)
        {
            var ns = reader.GetString(definition.Namespace);
            return ns.Length == 0 ? written : $"{ns}.{written}";
        }

        return $"{Declared(declaring, [.. parameters.Take(parameters.Count - own.Count)])}.{written}";
    }

    private string? BaseName() => _type.BaseType.IsNil ? null : _type.BaseType.Kind switch
    {
        HandleKind.TypeReference => ContractNames.Of(reader, (TypeReferenceHandle)_type.BaseType),
        HandleKind.TypeDefinition => ContractNames.Of(reader, (TypeDefinitionHandle)_type.BaseType),
        HandleKind.TypeSpecification => "generic",
        _ => null,
    };

    private string Render(EntityHandle type) => type.Kind switch
    {
        HandleKind.TypeReference => provider.GetTypeFromReference(reader, (TypeReferenceHandle)type, 0).Render([]),
        HandleKind.TypeDefinition => provider.GetTypeFromDefinition(reader, (TypeDefinitionHandle)type, 0).Render([]),
        _ => reader.GetTypeSpecification((TypeSpecificationHandle)type).DecodeSignature(provider, Scope()).Render([]),
    };

    private SignatureNodeProvider.Scope Scope(MethodDefinition? method = null) => provider.ScopeOf(_type, method);

    private bool IsVisible(MethodAttributes access) => access switch
    {
        MethodAttributes.Public => true,
        MethodAttributes.Family or MethodAttributes.FamORAssem => !IsSealed,
        _ => false,
    };

    private static string AccessOf(MethodAttributes access) => (access & MethodAttributes.MemberAccessMask) == MethodAttributes.Public ? "public" : "protected";

    private IEnumerable<ContractMember> EnumValues()
    {
        foreach (var fieldHandle in _type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            if ((field.Attributes & FieldAttributes.Literal) != 0 && !field.GetDefaultValue().IsNil)
            {
                yield return new ContractMember(ContractMemberKind.EnumValue, string.Empty, [], string.Empty, reader.GetString(field.Name), [], [], ConstantText.Of(reader, field.GetDefaultValue()))
                {
                    Serialization = SerializationNames.Of(reader, field.GetCustomAttributes()),
                };
            }
        }
    }

    private IEnumerable<ContractMember> Fields(IReadOnlyList<byte> context)
    {
        foreach (var fieldHandle in _type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            var access = (FieldAttributes)(int)(field.Attributes & FieldAttributes.FieldAccessMask);
            if (!(access == FieldAttributes.Public || (access is FieldAttributes.Family or FieldAttributes.FamORAssem && !IsSealed)) || reader.GetString(field.Name).StartsWith('<'))
            {
                continue;
            }

            var modifiers = new List<string>();
            var isConst = (field.Attributes & FieldAttributes.Literal) != 0;
            if ((field.Attributes & FieldAttributes.Static) != 0 && !isConst)
            {
                modifiers.Add("static");
            }

            if (nullability.Has(field.GetCustomAttributes(), RequiredMember))
            {
                modifiers.Add("required");
            }

            if ((field.Attributes & FieldAttributes.InitOnly) != 0)
            {
                modifiers.Add("readonly");
            }

            if (isConst)
            {
                modifiers.Add("const");
            }

            var type = field.DecodeSignature(provider, Scope()).Render(nullability.Of(field.GetCustomAttributes(), context));
            yield return new ContractMember(ContractMemberKind.Field, access == FieldAttributes.Public ? "public" : "protected", modifiers, type, reader.GetString(field.Name), [], [], isConst ? ConstantText.Of(reader, field.GetDefaultValue()) : null)
            {
                Serialization = SerializationNames.Of(reader, field.GetCustomAttributes()),
            };
        }
    }

    private IEnumerable<ContractMember> Methods(IReadOnlyList<byte> context, bool isDelegate)
    {
        foreach (var methodHandle in _type.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            var name = reader.GetString(method.Name);
            var special = (method.Attributes & MethodAttributes.SpecialName) != 0;
            if (!IsVisible(method.Attributes & MethodAttributes.MemberAccessMask) || name.StartsWith('<') || name == ".cctor"
                || (special && name != ".ctor" && !name.StartsWith("op_", StringComparison.Ordinal)) || (isDelegate && name != "Invoke"))
            {
                continue;
            }

            var methodContext = nullability.ContextOf(method, context);
            var signature = method.DecodeSignature(provider, Scope(method));
            var (returns, parameters) = Parameters(method, signature.ParameterTypes, methodContext);
            var generic = SignatureNodeProvider.NamesOf(reader, method.GetGenericParameters());
            var isConstructor = name == ".ctor";
            yield return new ContractMember(
                isConstructor ? ContractMemberKind.Constructor : ContractMemberKind.Method,
                AccessOf(method.Attributes),
                Modifiers(method.Attributes),
                isConstructor ? string.Empty : signature.ReturnType.Render(returns),
                isConstructor ? ShortName() : name + (generic.Count == 0 ? string.Empty : $"<{string.Join(",", generic)}>"),
                parameters,
                [],
                null);
        }
    }

    private IEnumerable<ContractMember> Properties(IReadOnlyList<byte> context)
    {
        foreach (var propertyHandle in _type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(propertyHandle);
            var accessors = property.GetAccessors();
            var getter = accessors.Getter.IsNil ? (MethodDefinition?)null : reader.GetMethodDefinition(accessors.Getter);
            var setter = accessors.Setter.IsNil ? (MethodDefinition?)null : reader.GetMethodDefinition(accessors.Setter);
            var visibleGetter = getter is { } g && IsVisible(g.Attributes & MethodAttributes.MemberAccessMask) ? g : (MethodDefinition?)null;
            var visibleSetter = setter is { } s && IsVisible(s.Attributes & MethodAttributes.MemberAccessMask) ? s : (MethodDefinition?)null;
            var main = visibleGetter ?? visibleSetter;
            if (main is not { } accessor)
            {
                continue;
            }

            var access = AccessOf(visibleGetter is { } vg && AccessOf(vg.Attributes) == "public" ? vg.Attributes : accessor.Attributes);
            if (visibleSetter is { } vs && AccessOf(vs.Attributes) == "public")
            {
                access = "public";
            }

            var words = new List<string>();
            if (visibleGetter is { } get)
            {
                words.Add(AccessOf(get.Attributes) == access ? "get" : $"{AccessOf(get.Attributes)} get");
            }

            if (visibleSetter is { } set)
            {
                var isInit = set.DecodeSignature(provider, Scope()).ReturnType.IsInitOnly;
                var word = isInit ? "init" : "set";
                words.Add(AccessOf(set.Attributes) == access ? word : $"{AccessOf(set.Attributes)} {word}");
            }

            var modifiers = Modifiers(accessor.Attributes);
            if (nullability.Has(property.GetCustomAttributes(), RequiredMember))
            {
                modifiers.Insert(modifiers.Contains("static") ? 1 : 0, "required");
            }

            var signature = property.DecodeSignature(provider, Scope());
            var type = signature.ReturnType.Render(nullability.Of(property.GetCustomAttributes(), context));
            var parameters = signature.ParameterTypes.Length == 0 || getter is not { } indexer
                ? []
                : Parameters(indexer, signature.ParameterTypes, nullability.ContextOf(indexer, context)).Parameters;
            yield return new ContractMember(ContractMemberKind.Property, access, modifiers, type, parameters.Count > 0 ? "this" : reader.GetString(property.Name), parameters, words, null)
            {
                Serialization = SerializationNames.Of(reader, property.GetCustomAttributes()),
            };
        }
    }

    private IEnumerable<ContractMember> Events(IReadOnlyList<byte> context)
    {
        foreach (var eventHandle in _type.GetEvents())
        {
            var @event = reader.GetEventDefinition(eventHandle);
            var adder = @event.GetAccessors().Adder;
            if (adder.IsNil || reader.GetMethodDefinition(adder) is var add && !IsVisible(add.Attributes & MethodAttributes.MemberAccessMask))
            {
                continue;
            }

            var node = @event.Type.Kind switch
            {
                HandleKind.TypeReference => provider.GetTypeFromReference(reader, (TypeReferenceHandle)@event.Type, 0),
                HandleKind.TypeDefinition => provider.GetTypeFromDefinition(reader, (TypeDefinitionHandle)@event.Type, 0),
                _ => reader.GetTypeSpecification((TypeSpecificationHandle)@event.Type).DecodeSignature(provider, Scope()),
            };
            yield return new ContractMember(ContractMemberKind.Event, AccessOf(add.Attributes), Modifiers(add.Attributes), node.Render(nullability.Of(@event.GetCustomAttributes(), context)), reader.GetString(@event.Name), [], [], null);
        }
    }

    private (IReadOnlyList<byte> Returns, IReadOnlyList<ContractParameter> Parameters) Parameters(MethodDefinition method, IReadOnlyList<SignatureNode> types, IReadOnlyList<byte> context)
    {
        IReadOnlyList<byte> returns = context;
        var rows = new Dictionary<int, Parameter>();
        foreach (var parameterHandle in method.GetParameters())
        {
            var parameter = reader.GetParameter(parameterHandle);
            if (parameter.SequenceNumber == 0)
            {
                returns = nullability.Of(parameter.GetCustomAttributes(), context);
            }
            else
            {
                rows[parameter.SequenceNumber] = parameter;
            }
        }

        var list = new List<ContractParameter>(types.Count);
        for (var i = 0; i < types.Count; i++)
        {
            if (!rows.TryGetValue(i + 1, out var row))
            {
                list.Add(new ContractParameter(string.Empty, types[i].Render(context), $"arg{i}", null));
                continue;
            }

            var modifier = types[i].Kind != SignatureNodeKind.ByReference ? (nullability.Has(row.GetCustomAttributes(), ParamArray) ? "params" : string.Empty)
                : (row.Attributes & ParameterAttributes.Out) != 0 ? "out"
                : (row.Attributes & ParameterAttributes.In) != 0 ? "in"
                : "ref";
            var value = (row.Attributes & ParameterAttributes.HasDefault) != 0 ? ConstantText.Of(reader, row.GetDefaultValue()) is var constant && constant == "null" && types[i].IsValueType ? "default" : constant
                : (row.Attributes & ParameterAttributes.Optional) != 0 ? "default"
                : null;
            list.Add(new ContractParameter(modifier, types[i].Render(nullability.Of(row.GetCustomAttributes(), context)), reader.GetString(row.Name), value));
        }

        return (returns, list);
    }

    private List<string> Modifiers(MethodAttributes attributes)
    {
        var modifiers = new List<string>();
        if ((attributes & MethodAttributes.Static) != 0)
        {
            modifiers.Add("static");
        }

        if ((attributes & MethodAttributes.Abstract) != 0)
        {
            modifiers.Add("abstract");
        }
        else if ((attributes & MethodAttributes.Virtual) != 0 && (attributes & MethodAttributes.Final) == 0 && !IsSealed)
        {
            modifiers.Add("virtual");
        }

        return modifiers;
    }

    private string ShortName()
    {
        var name = reader.GetString(_type.Name);
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
