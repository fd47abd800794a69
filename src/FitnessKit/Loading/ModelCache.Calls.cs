using System.Buffers.Binary;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// The calls between contexts found in an assembly's IL (<see cref="OwnedCall"/>), one file per assembly build beside
/// its model: a check that reads the model from the cache records no calls as it decodes, and would otherwise read the
/// IL of every calling assembly again. Which calls are found depends on the map (which types call which services), so
/// each answer is kept with a checksum of its question (<c>CallQuestion</c>), and a file holds the answers to the
/// <see cref="CallQuestionsKept"/> questions last asked: two maps checked over one cache folder each find their own.
/// </summary>
internal sealed partial class ModelCache
{
    /// <summary>How many questions' answers a calls file keeps, the last asked first.</summary>
    internal const int CallQuestionsKept = 4;

    // 1: the first format, one answer. 2: several answers, each its question, its length and its calls.
    private const int CallsFormatVersion = 2;
    private const int MostArgumentDepth = 64;

    private static ReadOnlySpan<byte> CallsMagic => "FKCC"u8;

    /// <summary>
    /// Reads the calls found in this assembly build for this question, or <see langword="null"/> when no file answers
    /// it: none, one that holds other questions' answers, another format's, or damaged (noted, and written again once
    /// the IL is read).
    /// </summary>
    public IReadOnlyList<OwnedCall>? TryReadCalls(InspectedAssembly assembly, ulong question, TypeNameTable table)
    {
        var file = CallsFileFor(assembly.Name, assembly.Mvid);
        if (ReadBeside(file, assembly, CallsMagic, CallsFormatVersion, noteDamage: true) is not { } bytes)
        {
            return null;
        }

        try
        {
            var reader = new CacheReader(bytes) { Position = BesideHeaderLength };
            for (var answers = reader.ReadCount(bytesEach: 12); answers > 0; answers--)
            {
                var (asked, length) = (BinaryPrimitives.ReadUInt64LittleEndian(reader.Take(8)), reader.ReadInt32());
                var body = reader.Take(length);
                if (asked == question)
                {
                    return ReadAnswer(body, table);
                }
            }

            return reader.Position == bytes.Length ? null : throw new InvalidDataException("bytes are left after the last answer");
        }
        catch (Exception exception) when (CachedModel.IsDamage(exception))
        {
            NoteDamaged(file, assembly.Path, CachedModel.Undecodable(exception));
            return null;
        }
    }

    /// <summary>
    /// Writes the calls found in this assembly build for this question first in its file, and after them the answers
    /// already there to the other questions last asked.
    /// </summary>
    public void WriteCalls(InspectedAssembly assembly, ulong question, IReadOnlyList<OwnedCall> calls)
    {
        var file = CallsFileFor(assembly.Name, assembly.Mvid);
        var others = OtherAnswers(ReadBeside(file, assembly, CallsMagic, CallsFormatVersion, noteDamage: false), question);
        WriteBeside(file, assembly, CallsMagic, CallsFormatVersion, writer =>
        {
            var content = writer.BaseStream;
            writer.Write7BitEncodedInt(1 + others.Count);
            writer.Write(question);
            var lengthAt = content.Position;
            writer.Write(0);
            WriteAnswer(writer, calls);
            var end = content.Position;
            content.Position = lengthAt;
            writer.Write((int)(end - lengthAt - 4));
            content.Position = end;
            foreach (var other in others)
            {
                writer.Write(other.Span);
            }
        });
    }

    /// <summary>
    /// The answers of a calls file to questions other than this one, each whole as written (its question, its length,
    /// its calls), the last asked first: as many as are kept beside a new answer. A file that does not read whole gives
    /// none.
    /// </summary>
    private static List<ReadOnlyMemory<byte>> OtherAnswers(byte[]? bytes, ulong question)
    {
        var others = new List<ReadOnlyMemory<byte>>();
        if (bytes is null)
        {
            return others;
        }

        try
        {
            var reader = new CacheReader(bytes) { Position = BesideHeaderLength };
            for (var answers = reader.ReadCount(bytesEach: 12); answers > 0 && others.Count < CallQuestionsKept - 1; answers--)
            {
                var start = reader.Position;
                var asked = BinaryPrimitives.ReadUInt64LittleEndian(reader.Take(8));
                _ = reader.Take(reader.ReadInt32());
                if (asked != question)
                {
                    others.Add(bytes.AsMemory(start, reader.Position - start));
                }
            }

            return others;
        }
        catch (Exception exception) when (CachedModel.IsDamage(exception))
        {
            return [];
        }
    }

    private static OwnedCall[] ReadAnswer(ReadOnlySpan<byte> body, TypeNameTable table)
    {
        var reader = new CacheReader(body);
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

        return reader.Position == body.Length ? calls : throw new InvalidDataException("bytes are left after the last call");
    }

    private static void WriteAnswer(BinaryWriter writer, IReadOnlyList<OwnedCall> calls)
    {
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

    private string CallsFileFor(string name, Guid mvid) => Path.Combine(directory, $"{name}.{mvid:N}.fkcc");

    /// <summary>Writes a type's name as the files beside a model hold it: its assembly, namespace and name.</summary>
    internal static void WriteName(BinaryWriter writer, TypeName name)
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

    /// <summary>Reads a type's name that <see cref="WriteName"/> wrote, held by <paramref name="table"/>.</summary>
    internal static TypeName ReadName(ref CacheReader reader, TypeNameTable table)
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
