using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// One assembly opened for its values: method bodies interpreted on demand (<see cref="IlInterpreter"/>), each method
/// told with the user type and member it belongs to, and the few declarations that EF Core mappings are read from
/// (base types, interfaces, <c>DbSet&lt;T&gt;</c> properties, attributes). The file stays open until disposed; it is
/// never loaded for execution.
/// </summary>
internal sealed partial class DataAssembly : IDisposable
{
    private readonly PEReader _pe;
    private readonly MethodResolver _resolver;
    private readonly IlInterpreter _interpreter;
    private readonly Dictionary<int, MethodTrace> _traces = new();
    private Dictionary<string, TypeDefinitionHandle>? _typesByName;
    private bool? _mayHoldSql;
    private IReadOnlyList<MethodOwner>? _methods;

    private DataAssembly(string path, PEReader pe, TypeNameTable table)
    {
        Path = path;
        _pe = pe;
        Metadata = RepeatedNames.ReaderOf(pe);
        Name = Metadata.GetString(Metadata.GetAssemblyDefinition().Name);
        Names = new MetadataNames(Metadata, table, Name);
        _resolver = new MethodResolver(Metadata, Names);
        _interpreter = new IlInterpreter(pe, Metadata, _resolver);
        _resolver.Interpreter = _interpreter;
    }

    /// <summary>Gets the assembly's simple name.</summary>
    public string Name { get; }

    /// <summary>Gets the file it was read from.</summary>
    public string Path { get; }

    /// <summary>Gets the MVID of its build.</summary>
    public Guid Mvid => Metadata.GetGuid(Metadata.GetModuleDefinition().Mvid);

    internal MetadataReader Metadata { get; }

    internal MetadataNames Names { get; }

    /// <summary>Opens an assembly file for its values.</summary>
    /// <exception cref="FitnessKitException">The file cannot be read or is not a .NET assembly.</exception>
    public static DataAssembly Open(string path, TypeNameTable table)
    {
        PEReader? pe = null;
        try
        {
            pe = new PEReader(Inputs.Open(path));
            if (!pe.HasMetadata || !pe.GetMetadataReader().IsAssembly)
            {
                throw new BadImageFormatException("no assembly manifest");
            }

            var assembly = new DataAssembly(path, pe, table);
            pe = null;
            return assembly;
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception))
        {
            throw AssemblyFileReader.Unreadable(path, exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new FitnessKitException($"{path}: cannot be read ({exception.Message.TrimEnd('.')}).", exception);
        }
        finally
        {
            pe?.Dispose();
        }
    }

    /// <summary>
    /// Whether any code of the assembly can send SQL, told from metadata alone: a member reference that a SQL sink is
    /// (<see cref="Sql.SqlSink"/>: Dapper's Query and Execute, EF Core's FromSql, ExecuteSql and SqlQuery, a command's
    /// constructor, CommandText, CreateCommand, DbUp's <c>WithScript*</c>, an EF Core migration's <c>CreateTable</c> and
    /// <c>AddForeignKey</c>), a FluentMigrator migration's <c>Create</c>,
    /// <c>Alter</c>, <c>Execute</c>, ... (whose expressions name tables without SQL), or a string literal that starts like a SQL statement. An assembly with
    /// none is not interpreted at all.
    /// </summary>
    public bool MayHoldSql() => _mayHoldSql ??= Guard(ReadMayHoldSql);

    private bool ReadMayHoldSql()
    {
        foreach (var handle in Metadata.MemberReferences)
        {
            var reference = Metadata.GetMemberReference(handle);
            var name = Metadata.GetString(reference.Name);
            if (name is "set_CommandText" or "CreateCommand" or "ToSqlQuery" or "SetCommand" || name.StartsWith("Query", StringComparison.Ordinal) || name.StartsWith("Execute", StringComparison.Ordinal)
                || name.StartsWith("FromSql", StringComparison.Ordinal) || name.StartsWith("SqlQuery", StringComparison.Ordinal)
                || (name == ".ctor" && TypeOf(reference.Parent) is { } type && type.Type.Name.EndsWith("Command", StringComparison.Ordinal))
                || name.StartsWith("WithScript", StringComparison.Ordinal) || name is "CreateTable" or "AddForeignKey" or "AddColumn"
                || (name is "get_Create" or "get_Alter" or "get_Delete" or "get_Rename" or "get_Insert" or "get_Update" or "get_Execute"
                    && TypeOf(reference.Parent) is { } migration && migration.Type.Namespace.StartsWith("FluentMigrator", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        var literal = Metadata.GetHeapSize(HeapIndex.UserString) > 1 ? MetadataTokens.UserStringHandle(1) : default;
        for (var i = 0; i < 1_000_000 && !literal.IsNil; i++)
        {
            if (StartsLikeSql(Metadata.GetUserString(literal)))
            {
                return true;
            }

            literal = Metadata.GetNextHandle(literal);
        }

        return false;
    }

    /// <summary>Whether this assembly refers to a method of another assembly by one of these names (its member references).</summary>
    public bool CallsAnyOf(IReadOnlySet<string> names) => Guard(() =>
    {
        foreach (var handle in Metadata.MemberReferences)
        {
            if (names.Contains(Metadata.GetString(Metadata.GetMemberReference(handle).Name)))
            {
                return true;
            }
        }

        return false;
    });

    /// <summary>The names of the methods this assembly calls on a type of that simple name (its member references), such as EFCore.NamingConventions' <c>UseSnakeCaseNamingConvention</c>.</summary>
    public IReadOnlyList<string> MethodsCalledOn(string typeName, Func<string, bool> named) => Guard(() =>
    {
        var found = new List<string>();
        foreach (var handle in Metadata.MemberReferences)
        {
            var reference = Metadata.GetMemberReference(handle);
            if (reference.Parent.Kind == HandleKind.TypeReference
                && Metadata.StringComparer.Equals(Metadata.GetTypeReference((TypeReferenceHandle)reference.Parent).Name, typeName)
                && Metadata.GetString(reference.Name) is var name && named(name))
            {
                found.Add(name);
            }
        }

        return (IReadOnlyList<string>)found;
    });

    private static bool StartsLikeSql(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var rest = text.AsSpan(start);
        foreach (var keyword in (string[])["SELECT", "INSERT", "UPDATE", "DELETE", "MERGE", "WITH", "TRUNCATE"])
        {
            if (rest.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trace of a method, interpreted once.</summary>
    public MethodTrace Trace(MethodDefinitionHandle method)
    {
        var row = MetadataTokens.GetRowNumber(method);
        if (!_traces.TryGetValue(row, out var trace))
        {
            _traces[row] = trace = Guard(() => _interpreter.Interpret(method));
        }

        return trace;
    }

    /// <summary>Runs a reading of this assembly's metadata or IL; damage found on the way is one <see cref="FitnessKitException"/> that names the file, as when it was loaded.</summary>
    public T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception))
        {
            throw AssemblyFileReader.Unreadable(Path, exception);
        }
    }

    /// <summary>The trace of a method for known argument values (a followed call); not kept.</summary>
    public MethodTrace Trace(MethodDefinitionHandle method, IReadOnlyList<IlValue> arguments) => Guard(() => _interpreter.Interpret(method, arguments));

    /// <summary>Every method with a body, with the user-written type and member it belongs to; read once, as long as the assembly is open.</summary>
    public IReadOnlyList<MethodOwner> Methods() => _methods ??= Guard(() => ReadMethods().ToList());

    private IEnumerable<MethodOwner> ReadMethods(Func<TypeDefinitionHandle, bool>? owners = null)
    {
        // By row: keyed by the handle struct, the table would be generic code compiled at every start.
        var verdicts = owners is null ? null : new Dictionary<int, bool>(Metadata.TypeDefinitions.Count);
        foreach (var typeHandle in Metadata.TypeDefinitions)
        {
            var owner = UserTypeOf(typeHandle);
            if (owner.IsNil)
            {
                continue;
            }

            var ownerRow = MetadataTokens.GetRowNumber(owner);
            if (verdicts is not null && !(verdicts.TryGetValue(ownerRow, out var read) ? read : verdicts[ownerRow] = owners!(owner)))
            {
                continue;
            }

            var typeName = Metadata.GetString(Metadata.GetTypeDefinition(typeHandle).Name);
            foreach (var methodHandle in Metadata.GetTypeDefinition(typeHandle).GetMethods())
            {
                var method = Metadata.GetMethodDefinition(methodHandle);
                if (method.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                var member = MethodOwner.MemberOf(Metadata.GetString(method.Name), owner == typeHandle ? null : typeName);
                yield return new MethodOwner(Names.Of(owner), MetadataTokens.GetToken(owner), member, methodHandle);
            }
        }
    }

    /// <summary>Scans a method's IL, not interpreting it: each instruction that takes a metadata token, with its opcode and IL offset.</summary>
    private void ForEachToken(MethodDefinitionHandle method, Action<ILOpCode, int, EntityHandle> visit)
    {
        var il = MethodBody.Read(_pe, Metadata.GetMethodDefinition(method).RelativeVirtualAddress).GetILReader();
        while (il.RemainingBytes > 0)
        {
            var offset = il.Offset;
            var code = OpCodeOperands.Read(ref il);
            var operand = OpCodeOperands.Of(code);
            if (operand == OperandKind.Token)
            {
                visit(code, offset, MetadataTokens.EntityHandle(il.ReadInt32()));
            }
            else
            {
                OpCodeOperands.Skip(ref il, operand);
            }
        }
    }

    /// <summary>The outermost user-written type that holds a type: itself, or the type a compiler-generated type is nested in.</summary>
    public TypeDefinitionHandle UserTypeOf(TypeDefinitionHandle handle)
    {
        var current = handle;
        while (!current.IsNil && CompilerGeneratedNames.IsGeneratedType(Metadata, Metadata.GetTypeDefinition(current)))
        {
            current = Metadata.GetTypeDefinition(current).GetDeclaringType();
        }

        return current;
    }

    /// <summary>Gets or sets what answers for static code of the other assemblies this assembly's code calls.</summary>
    internal IForeignCode? Foreign
    {
        get => _resolver.Foreign;
        set => _resolver.Foreign = value;
    }

    /// <summary>What a static method of this assembly, called from another, returns for the given arguments: one text, <see cref="NullValue"/>, or nothing known.</summary>
    public IlValue? StaticReturnOf(CalledMethod method, IlValue[] arguments, int depth)
    {
        var handle = FindMethod(method);
        return handle.IsNil ? null : Guard(() => _resolver.ReturnOf(method with { Definition = handle }, arguments, depth));
    }

    /// <summary>What a static field of a type of this assembly holds once its static constructor ran, or nothing known.</summary>
    public IlValue? StaticFieldValue(string typeFullName, string field)
    {
        var type = FindType(typeFullName);
        return type.IsNil ? null : Guard(() =>
        {
            foreach (var handle in Metadata.GetTypeDefinition(type).GetFields())
            {
                var definition = Metadata.GetFieldDefinition(handle);
                if (Metadata.StringComparer.Equals(definition.Name, field) && (definition.Attributes & System.Reflection.FieldAttributes.Static) != 0)
                {
                    return _resolver.FieldValue(handle, isStatic: true);
                }
            }

            return null;
        });
    }

    /// <summary>Finds a type defined here by full name (<c>Namespace.Outer+Inner</c>).</summary>
    public TypeDefinitionHandle FindType(string fullName) => Guard(() => FindTypeUnguarded(fullName));

    private TypeDefinitionHandle FindTypeUnguarded(string fullName)
    {
        if (_typesByName is null)
        {
            _typesByName = new Dictionary<string, TypeDefinitionHandle>(StringComparer.Ordinal);
            foreach (var handle in Metadata.TypeDefinitions)
            {
                _typesByName.TryAdd(Names.Of(handle).FullName, handle);
            }
        }

        return _typesByName.GetValueOrDefault(fullName);
    }

    /// <summary>Finds the definition of a called method in this assembly, by declaring type, name, parameter count and generic arity.</summary>
    public MethodDefinitionHandle FindMethod(CalledMethod method)
    {
        if (!method.Definition.IsNil && string.Equals(method.DeclaringType.Type.Assembly, Name, StringComparison.OrdinalIgnoreCase))
        {
            return method.Definition;
        }

        var type = FindType(method.TypeFullName);
        return type.IsNil ? default : Guard(() => FindMethodUnguarded(type, method.Name, method.Parameters.Count, method.MethodArguments.Count, method.Parameters));
    }

    /// <summary>Finds a method of a type by name, parameter count and generic arity (any arity when negative).</summary>
    public MethodDefinitionHandle FindMethod(TypeDefinitionHandle type, string name, int parameters, int genericArity = -1) =>
        Guard(() => FindMethodUnguarded(type, name, parameters, genericArity, null));

    /// <summary>
    /// The method with that name, parameter count and arity; among overloads alike in those (OpenIddict's
    /// <c>UseOpenIddict(ModelBuilder)</c> and <c>UseOpenIddict(DbContextOptionsBuilder)</c>), the one whose parameter
    /// types are those of the call, when they are known.
    /// </summary>
    private MethodDefinitionHandle FindMethodUnguarded(TypeDefinitionHandle type, string name, int parameters, int genericArity, IReadOnlyList<TypeUse?>? parameterTypes)
    {
        var first = default(MethodDefinitionHandle);
        foreach (var handle in Metadata.GetTypeDefinition(type).GetMethods())
        {
            var method = Metadata.GetMethodDefinition(handle);
            if (!Metadata.StringComparer.Equals(method.Name, name) || (genericArity >= 0 && method.GetGenericParameters().Count != genericArity))
            {
                continue;
            }

            var signature = method.DecodeSignature(_resolver.Types, null);
            if (signature.ParameterTypes.Length != parameters)
            {
                continue;
            }

            if (parameterTypes is null || SameParameterTypes(signature.ParameterTypes, parameterTypes))
            {
                return handle;
            }

            first = first.IsNil ? handle : first;
        }

        return first;
    }

    private static bool SameParameterTypes(System.Collections.Immutable.ImmutableArray<TypeUse?> declared, IReadOnlyList<TypeUse?> called)
    {
        for (var i = 0; i < declared.Length; i++)
        {
            if (declared[i] is { } one && called[i] is { } other && !string.Equals(one.Type.FullName, other.Type.FullName, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The type a type handle of this assembly names.</summary>
    public TypeUse? TypeOf(EntityHandle handle) => _resolver.TypeOf(handle);

    /// <summary>The base type of a type defined here, with generic arguments.</summary>
    public TypeUse? BaseTypeOf(TypeDefinitionHandle type) =>
        Guard(() => Metadata.GetTypeDefinition(type).BaseType is { IsNil: false } baseType ? TypeOf(baseType) : null);

    /// <summary>The interfaces a type defined here declares, with generic arguments.</summary>
    public IReadOnlyList<TypeUse> InterfacesOf(TypeDefinitionHandle type) => Guard(() => ReadInterfaces(type).ToList());

    private IEnumerable<TypeUse> ReadInterfaces(TypeDefinitionHandle type)
    {
        foreach (var handle in Metadata.GetTypeDefinition(type).GetInterfaceImplementations())
        {
            if (TypeOf(Metadata.GetInterfaceImplementation(handle).Interface) is { } use)
            {
                yield return use;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _pe.Dispose();
}

/// <summary>A method body and the user-written type and member it belongs to (a lambda or state machine belongs to the member that holds it).</summary>
internal sealed record MethodOwner(TypeName Type, int TypeToken, string Member, MethodDefinitionHandle Method)
{
    public int MethodToken => MetadataTokens.GetToken(Method);

    /// <summary>
    /// The user member a method with a body belongs to, by names alone: a lambda or local function (<c>&lt;Place&gt;b__0</c>)
    /// its member, a method of a compiler-generated type (a state machine <c>&lt;PlaceAsync&gt;d__3</c>) the member its type
    /// is named for, a property's accessor the property (an explicit implementation's <c>Orders.IOrderFeature.get_Limit</c>
    /// is <c>Orders.IOrderFeature.Limit</c>, as the decoder names it). The decoder names the member of the calls it records
    /// the same way.
    /// </summary>
    /// <param name="method">The method's name.</param>
    /// <param name="generatedType">The name of the compiler-generated type that declares it; <see langword="null"/> for a method of the user type itself.</param>
    public static string MemberOf(string method, string? generatedType)
    {
        var member = CompilerGeneratedNames.UserMemberOf(method) ?? (generatedType is null ? method : CompilerGeneratedNames.UserMemberOf(generatedType) ?? "(compiler-generated)");
        // An explicit implementation is named for its interface, then the accessor.
        var start = member.LastIndexOf('.') + 1;
        return string.CompareOrdinal(member, start, "get_", 0, 4) == 0 || string.CompareOrdinal(member, start, "set_", 0, 4) == 0
            ? string.Concat(member.AsSpan(0, start), member.AsSpan(start + 4))
            : member;
    }
}
