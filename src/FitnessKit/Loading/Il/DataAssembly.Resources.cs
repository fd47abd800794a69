using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace FitnessKit.Loading.Il;

/// <summary>The SQL scripts an assembly embeds.</summary>
internal sealed partial class DataAssembly
{
    /// <summary>The largest script that is read: a script of seed data can be many megabytes of INSERTs.</summary>
    private const int LargestScript = 4 << 20;

    /// <summary>
    /// Whether an assembly file embeds a resource named <c>*.sql</c>, from its headers and, when it has resources at
    /// all, its metadata: the one check made of an assembly that nothing else has a reason to open.
    /// </summary>
    public static bool HasSqlScripts(string path)
    {
        try
        {
            using var pe = new PEReader(AssemblyFileReader.OpenForHeaders(path));
            if (pe.PEHeaders.CorHeader is not { ResourcesDirectory.Size: > 0 })
            {
                return false;
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.ManifestResources)
            {
                var resource = metadata.GetManifestResource(handle);
                if (resource.Implementation.IsNil && metadata.GetString(resource.Name).EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception) || exception is IOException or UnauthorizedAccessException)
        {
            // Opened again to be read, the file gives its problem in full.
            return true;
        }
    }

    /// <summary>The manifest resources embedded in the assembly whose names end in <c>.sql</c>, with their texts, in the order of the metadata.</summary>
    public IReadOnlyList<EmbeddedScript> SqlScripts() => Guard(() =>
    {
        var scripts = new List<EmbeddedScript>();
        foreach (var handle in Metadata.ManifestResources)
        {
            var resource = Metadata.GetManifestResource(handle);
            var name = Metadata.GetString(resource.Name);
            if (resource.Implementation.IsNil && name.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
            {
                scripts.Add(Read(name, resource.Offset));
            }
        }

        return scripts;
    });

    private EmbeddedScript Read(string name, long offset)
    {
        var directory = _pe.PEHeaders.CorHeader!.ResourcesDirectory;
        var block = _pe.GetSectionData(directory.RelativeVirtualAddress);
        if (offset < 0 || offset + sizeof(int) > Math.Min(block.Length, directory.Size))
        {
            return new EmbeddedScript(name, null, "the resource lies outside the assembly's resources");
        }

        var reader = block.GetReader((int)offset, block.Length - (int)offset);
        var length = reader.ReadInt32();
        if (length < 0 || length > reader.RemainingBytes)
        {
            return new EmbeddedScript(name, null, "the resource's length runs past the assembly's resources");
        }

        if (length > LargestScript)
        {
            return new EmbeddedScript(name, null, $"the script is {length / (1 << 20)} MB, larger than the {LargestScript >> 20} MB FitnessKit reads of one");
        }

        var bytes = reader.ReadBytes(length);
        using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return new EmbeddedScript(name, text.ReadToEnd(), null);
    }
}
