using System.Buffers.Binary;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The calls between contexts found in an assembly's IL (<see cref="OwnedCall"/>), one file per assembly build beside
/// its model: a check that reads the model from the cache records no calls as it decodes, and would otherwise read the
/// IL of every calling assembly again. Which calls are found depends on the map (which types call which services), so
/// a file answers one question, named by a checksum of it (<c>CallQuestion</c>), and holds the answer to the last question asked.
/// </summary>
internal sealed partial class ModelCache
{
    // 1: the first format.
    private const int CallsFormatVersion = 1;
    private const int MostArgumentDepth = 64;

    private static ReadOnlySpan<byte> CallsMagic => "FKCC"u8;

    /// <summary>
    /// Reads the calls found in this assembly build for this question, or <see langword="null"/> when no file answers
    /// it: none, another question's, another format's, or damaged (noted, and written again once the IL is read).
    /// </summary>
    public IReadOnlyList<OwnedCall>? TryReadCalls(InspectedAssembly assembly, ulong question, TypeNameTable table)
    {
        var file = CallsFileFor(assembly.Name, assembly.Mvid);
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

        var header = CallsMagic.Length + 4;
        if (bytes.Length < header || !bytes.AsSpan().StartsWith(CallsMagic) || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(CallsMagic.Length)) != CallsFormatVersion)
        {
            return null;
        }

        if (CacheFileSeal.Check(bytes, out var length) is { } damage)
        {
            NoteDamaged(file, assembly.Path, damage);
            return null;
        }

        try
        {
            var reader = new CacheReader(bytes.AsSpan(0, length)) { Position = header };
            if (new Guid(reader.Take(16)) != assembly.Mvid || BinaryPrimitives.ReadUInt64LittleEndian(reader.Take(8)) != question)
            {
                return null;
            }

            var calls = new OwnedCall[reader.ReadCount(bytesEach: 16)];
            for (var i = 0; i < calls.Length; i++)
            {
                var owner = ReadName(ref reader, table);
                var ownerToken = reader.ReadInt32();
                var member = reader.ReadString();
                var methodToken = reader.ReadInt32();
                var offset = reader.ReadInt32();
                var declaring = ReadName(ref reader, table);
                var method = reader.ReadString();
                var returns = reader.ReadBoolean() ? ReadUse(ref reader, table, 0) : null;
                calls[i] = new OwnedCall(owner, ownerToken, new ForeignCall(member, methodToken, offset, declaring, method, returns));
            }

            return reader.Position == length ? calls : throw new InvalidDataException("bytes are left after the last call");
        }
        catch (Exception exception) when (CachedModel.IsDamage(exception))
        {
            NoteDamaged(file, assembly.Path, CachedModel.Undecodable(exception));
            return null;
        }
    }

    /// <summary>Writes the calls found in this assembly build for this question, in place of any other question's.</summary>
    public void WriteCalls(InspectedAssembly assembly, ulong question, IReadOnlyList<OwnedCall> calls)
    {
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(CallsMagic);
            writer.Write(CallsFormatVersion);
            writer.Write(assembly.Mvid.ToByteArray());
            writer.Write(question);
            writer.Write7BitEncodedInt(calls.Count);
            foreach (var (owner, ownerToken, call) in calls)
            {
                WriteName(writer, owner);
                writer.Write(ownerToken);
                writer.Write(call.Member);
                writer.Write(call.MethodToken);
                writer.Write(call.Offset);
                WriteName(writer, call.DeclaringType);
                writer.Write(call.Method);
                writer.Write(call.ReturnType is not null);
                if (call.ReturnType is { } returns)
                {
                    WriteUse(writer, returns);
                }
            }
        }

        _ = WriteOwnFile(CallsFileFor(assembly.Name, assembly.Mvid), content.GetBuffer().AsSpan(0, (int)content.Length));
    }

    private string CallsFileFor(string name, Guid mvid) => Path.Combine(directory, $"{name}.{mvid:N}.fkcc");

    private static void WriteName(BinaryWriter writer, TypeName name)
    {
        writer.Write(name.Assembly);
        writer.Write(name.Namespace);
        writer.Write(name.Name);
    }

    private static void WriteUse(BinaryWriter writer, TypeUse use)
    {
        WriteName(writer, use.Type);
        writer.Write7BitEncodedInt(use.Arguments.Count);
        foreach (var argument in use.Arguments)
        {
            WriteUse(writer, argument);
        }
    }

    private static TypeName ReadName(ref CacheReader reader, TypeNameTable table)
    {
        var assembly = reader.ReadString();
        var @namespace = reader.ReadString();
        return table.Get(assembly, @namespace, reader.ReadString());
    }

    private static TypeUse ReadUse(ref CacheReader reader, TypeNameTable table, int depth)
    {
        if (depth > MostArgumentDepth)
        {
            throw new InvalidDataException($"a type nested more than {MostArgumentDepth} generic arguments deep");
        }

        var name = ReadName(ref reader, table);
        var arguments = new TypeUse[reader.ReadCount(bytesEach: 4)];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = ReadUse(ref reader, table, depth + 1);
        }

        return arguments.Length == 0 ? name.Use : new TypeUse(name, arguments);
    }
}
