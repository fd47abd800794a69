using System.Buffers.Binary;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The files of what other readings found in an assembly build, kept beside its model: the calls between contexts
/// (<c>.fkcc</c>) and the tables its database contexts map (<c>.fkct</c>). Each starts with its kind's magic, its
/// format's version and the build's MVID, and is sealed (<see cref="CacheFileSeal"/>); one of another format or another
/// build is not read, a damaged one is noted and not read.
/// </summary>
internal sealed partial class ModelCache
{
    private const string TablesExtension = ".fkct";

    // 1: the first format: the readings of the database contexts declared in the assembly, each with the builds it read.
    private const int TablesFormatVersion = 1;

    /// <summary>Where the content of a file beside a model starts: after the magic, the format's version and the build's MVID.</summary>
    internal const int BesideHeaderLength = 4 + 4 + 16;

    private static ReadOnlySpan<byte> TablesMagic => "FKCT"u8;

    /// <summary>
    /// The content of the file of the tables the database contexts of this assembly build map, sealed and whole (its
    /// content starting at <see cref="BesideHeaderLength"/>), or <see langword="null"/> when there is none that this
    /// format reads; a damaged one is noted.
    /// </summary>
    public byte[]? TryReadTables(InspectedAssembly assembly) => ReadBeside(TablesFileFor(assembly), assembly, TablesMagic, TablesFormatVersion, noteDamage: true);

    /// <summary>Writes the file of the tables the database contexts of this assembly build map, its content written by <paramref name="write"/>.</summary>
    public void WriteTables(InspectedAssembly assembly, Action<BinaryWriter> write) => WriteBeside(TablesFileFor(assembly), assembly, TablesMagic, TablesFormatVersion, write);

    /// <summary>Notes that the file of tables of this assembly build, sealed and whole, cannot be decoded: its contexts are read from their code, and it is written again.</summary>
    public void NoteUndecodableTables(InspectedAssembly assembly, Exception exception) => NoteDamaged(TablesFileFor(assembly), assembly.Path, CachedModel.Undecodable(exception));

    private string TablesFileFor(InspectedAssembly assembly) => Path.Combine(directory, $"{assembly.Name}.{assembly.Mvid:N}{TablesExtension}");

    /// <summary>The content of this build's file of a kind in this format, sealed and whole, or <see langword="null"/>.</summary>
    private byte[]? ReadBeside(string file, InspectedAssembly assembly, ReadOnlySpan<byte> magic, int version, bool noteDamage)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(file) || RegularFile.OtherKindOfOwnFile(file) is not null)
            {
                return null;
            }

            (bytes, _) = CacheFileBytes.ReadFile(file, lend: false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        if (bytes.Length < BesideHeaderLength || !bytes.AsSpan().StartsWith(magic) || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(magic.Length)) != version)
        {
            return null;
        }

        if (CacheFileSeal.Check(bytes, out var length) is { } damage)
        {
            if (noteDamage)
            {
                NoteDamaged(file, assembly.Path, damage);
            }

            return null;
        }

        return new Guid(bytes.AsSpan(magic.Length + 4, 16)) == assembly.Mvid ? bytes[..length] : null;
    }

    /// <summary>Writes this build's file of a kind: its header, then what <paramref name="write"/> writes; one that cannot be written is left unwritten.</summary>
    private void WriteBeside(string file, InspectedAssembly assembly, ReadOnlySpan<byte> magic, int version, Action<BinaryWriter> write)
    {
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(magic);
            writer.Write(version);
            writer.Write(assembly.Mvid.ToByteArray());
            write(writer);
        }

        _ = WriteOwnFile(file, content.GetBuffer().AsSpan(0, (int)content.Length));
    }
}
