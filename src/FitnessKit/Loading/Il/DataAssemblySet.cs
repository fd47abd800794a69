using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// The assemblies opened for their values during one analysis, by simple name: the inspected ones, and the referenced
/// ones that can be found beside them (a package that holds a base <c>DbContext</c> or a mapping extension). Each is
/// opened once, when first needed, and all are closed together.
/// </summary>
internal sealed class DataAssemblySet(Func<string, string?> pathOf) : IDisposable
{
    private readonly Dictionary<string, DataAssembly?> _open = new(StringComparer.OrdinalIgnoreCase);
    private readonly TypeNameTable _names = new();

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

            DataAssembly? assembly = null;
            if (pathOf(name) is { } path)
            {
                try
                {
                    assembly = DataAssembly.Open(path, _names);
                }
                catch (FitnessKitException exception)
                {
                    Problems.Add(exception.Message);
                }
            }

            return _open[name] = assembly;
        }
    }

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
    public void Dispose()
    {
        foreach (var assembly in _open.Values)
        {
            assembly?.Dispose();
        }

        _open.Clear();
    }
}
