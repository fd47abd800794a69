using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// The assemblies opened for their values during one analysis, by simple name: the inspected ones, and the referenced
/// ones that can be found beside them (a package that holds a base <c>DbContext</c> or a mapping extension). Each is
/// opened when first needed, on one thread, and stays open until the set is closed (<see cref="Close"/>), which closes
/// all of them together.
/// </summary>
internal sealed class DataAssemblySet(Func<string, string?> pathOf) : IDisposable, IForeignCode
{
    private readonly Dictionary<string, DataAssembly?> _open = new(StringComparer.OrdinalIgnoreCase);
    private TypeNameTable _names = TypeNameTable.ForOneThread();

    /// <summary>Gets the problems met opening referenced assemblies, which are read only to follow calls and base types.</summary>
    public List<string> Problems { get; } = new();

    /// <summary>The assembly of that name, or <see langword="null"/> when it cannot be found.</summary>
    public DataAssembly? this[string name]
    {
        get
        {
            if (_open.TryGetValue(name, out var open))
            {
                return open;
            }

            return _open[name] = Open(name, _names);
        }
    }

    /// <summary>
    /// Reads an assembly that is read once, and closes it again unless it was open already. Open until the set is
    /// closed, the method traces of every such assembly would live as long as the whole analysis, and be moved by the
    /// collector to its old generation on the way; the names first met in it are interned for it alone.
    /// </summary>
    public void ReadOnce(string name, Action<DataAssembly> read)
    {
        if (_open.TryGetValue(name, out var open))
        {
            if (open is not null)
            {
                read(open);
            }

            return;
        }

        if (Open(name, TypeNameTable.ForOneThread()) is not { } assembly)
        {
            _open[name] = null;
            return;
        }

        using (assembly)
        {
            read(assembly);
        }
    }

    private DataAssembly? Open(string name, TypeNameTable names)
    {
        if (pathOf(name) is not { } path)
        {
            return null;
        }

        try
        {
            var assembly = DataAssembly.Open(path, names);
            assembly.Foreign = this;
            return assembly;
        }
        catch (FitnessKitException exception)
        {
            Problems.Add(exception.Message);
            return null;
        }
    }

    /// <summary>
    /// Gets the assemblies asked for by name since the set was last closed, each with the MVID of the build opened, or
    /// <see cref="Guid.Empty"/> when none was found or it could not be read: what a reading of that time depended on.
    /// </summary>
    public IEnumerable<(string Name, Guid Mvid)> Asked => _open.Select(o => (o.Key, o.Value?.Mvid ?? Guid.Empty));

    /// <summary>Finds the definition of a type, in whichever assembly defines it.</summary>
    public (DataAssembly Assembly, System.Reflection.Metadata.TypeDefinitionHandle Type)? Find(TypeName type)
    {
        if (this[type.Assembly] is { } assembly && assembly.FindType(type.FullName) is { IsNil: false } handle)
        {
            return (assembly, handle);
        }

        return null;
    }

    /// <inheritdoc />
    public IlValue? ReturnOf(CalledMethod method, IlValue[] arguments, int depth) =>
        Answers(method.DeclaringType.Type) && this[method.DeclaringType.Type.Assembly] is { } assembly ? Known(assembly.StaticReturnOf(method, arguments, depth)) : null;

    /// <inheritdoc />
    public IlValue? StaticFieldValue(TypeName declaringType, string field) =>
        Answers(declaringType) && this[declaringType.Assembly] is { } assembly ? Known(assembly.StaticFieldValue(declaringType.FullName, field)) : null;

    /// <summary>Only the code base's and its packages' code is asked: the framework's static values are not the code base's names.</summary>
    public bool Answers(TypeName type) =>
        !(type.Assembly.StartsWith("System.", StringComparison.OrdinalIgnoreCase) || type.Assembly.StartsWith("Microsoft.", StringComparison.OrdinalIgnoreCase)
            || type.Assembly is "System" or "mscorlib" or "netstandard");

    /// <summary>Only text and the <see langword="null"/> literal cross from one assembly's reading to another's: other values name the other's handles.</summary>
    private static IlValue? Known(IlValue? value) => value is TextValue or NullValue ? value : null;

    /// <summary>Closes every assembly open, and lets go of the names read from them; those asked for again are opened again, and their problems noted again.</summary>
    public void Close()
    {
        foreach (var assembly in _open.Values)
        {
            assembly?.Dispose();
        }

        _open.Clear();
        _names = TypeNameTable.ForOneThread();
    }

    /// <inheritdoc />
    public void Dispose() => Close();
}
