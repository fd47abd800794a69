using FitnessKit.Loading;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// How the model of one database context is kept in the cache (<see cref="StoredContextModels"/>): its default schema,
/// its notes, its mappings and its functions, each as the reading found it. A mapping's site names its assembly by its
/// place among the assemblies the reading asked for, whose file is found again when it is read back.
/// </summary>
internal static class ContextTablesCoding
{
    private const byte SchemaIsDefault = 1;
    private const byte SchemaIsUnknown = 2;

    /// <summary>Writes a context's model; <paramref name="paths"/> is where each assembly its reading asked for is today.</summary>
    public static void Write(BinaryWriter writer, ContextTables model, IReadOnlyList<string?> paths)
    {
        WriteOptional(writer, model.DefaultSchema);
        writer.Write7BitEncodedInt(model.Notes.Count);
        foreach (var note in model.Notes)
        {
            writer.Write(note);
        }

        writer.Write7BitEncodedInt(model.Mappings.Count);
        foreach (var mapping in model.Mappings)
        {
            WriteTable(writer, mapping.Table);
            writer.Write7BitEncodedInt((int)mapping.Kind);
            ModelCache.WriteName(writer, mapping.DbContext);
            ModelCache.WriteName(writer, mapping.Entity);
            mapping.Reason.Store(writer);
            writer.Write7BitEncodedInt((int)mapping.Dialect);
            writer.Write(mapping.Site is not null);
            if (mapping.Site is { } site)
            {
                WriteSite(writer, site, paths);
            }
        }

        writer.Write7BitEncodedInt(model.Functions.Count);
        foreach (var function in model.Functions)
        {
            writer.Write(function.Name);
            WriteOptional(writer, function.Schema);
            writer.Write(function.Api);
            writer.Write(function.Member);
            WriteSite(writer, function.Site, paths);
        }

    }

    /// <summary>Reads a context's model that <see cref="Write"/> wrote; <paramref name="paths"/> is where each assembly the reading asked for is today.</summary>
    public static ContextTables Read(ReadOnlySpan<byte> body, TypeName context, IReadOnlyList<string?> paths, TypeNameTable names)
    {
        var reader = new CacheReader(body);
        var defaultSchema = ReadOptional(ref reader);
        var notes = new string[reader.ReadCount()];
        for (var i = 0; i < notes.Length; i++)
        {
            notes[i] = reader.ReadString();
        }

        var mappings = new TableMapping[reader.ReadCount(bytesEach: 8)];
        for (var i = 0; i < mappings.Length; i++)
        {
            var table = ReadTable(ref reader);
            var kind = (TableMappingKind)reader.Read7BitEncodedInt();
            var dbContext = ModelCache.ReadName(ref reader, names);
            var entity = ModelCache.ReadName(ref reader, names);
            var evidence = MappingEvidence.Restore(ref reader, names);
            mappings[i] = new TableMapping(table, kind, dbContext, entity, evidence)
            {
                Dialect = (SqlDialectName)reader.Read7BitEncodedInt(),
                Site = reader.ReadBoolean() ? ReadSite(ref reader, paths) : null,
            };
        }

        var functions = new DbFunctionUse[reader.ReadCount(bytesEach: 8)];
        for (var i = 0; i < functions.Length; i++)
        {
            functions[i] = new DbFunctionUse(reader.ReadString(), ReadOptional(ref reader), reader.ReadString(), reader.ReadString(), ReadSite(ref reader, paths));
        }

        return reader.Position == body.Length
            ? new ContextTables(context, mappings, defaultSchema, notes) { Functions = functions }
            : throw new InvalidDataException("bytes are left after a context's model");
    }

    private static void WriteTable(BinaryWriter writer, TableName table)
    {
        WriteOptional(writer, table.Schema);
        writer.Write(table.Name);
        writer.Write(table.Key);
        writer.Write((byte)((table.SchemaIsDefault ? SchemaIsDefault : 0) | (table.SchemaIsUnknown ? SchemaIsUnknown : 0)));
    }

    private static TableName ReadTable(ref CacheReader reader)
    {
        var schema = ReadOptional(ref reader);
        var name = reader.ReadString();
        var key = reader.ReadString();
        var flags = reader.ReadByte();
        return new TableName(schema, name) { Key = key, SchemaIsDefault = (flags & SchemaIsDefault) != 0, SchemaIsUnknown = (flags & SchemaIsUnknown) != 0 };
    }

    /// <summary>A site: its assembly's place among those asked for, one past it (none: the path itself follows), and its anchor.</summary>
    private static void WriteSite(BinaryWriter writer, MappingSite site, IReadOnlyList<string?> paths)
    {
        var index = IndexOf(paths, site.AssemblyPath);
        writer.Write7BitEncodedInt(index + 1);
        if (index < 0)
        {
            writer.Write(site.AssemblyPath);
        }

        writer.Write(site.Anchor.MethodToken);
        writer.Write(site.Anchor.ILOffset);
        writer.Write(site.Anchor.TypeToken);
    }

    private static MappingSite ReadSite(ref CacheReader reader, IReadOnlyList<string?> paths)
    {
        var place = reader.Read7BitEncodedInt();
        var path = place == 0 ? reader.ReadString()
            : place <= paths.Count ? paths[place - 1] ?? throw new InvalidDataException("a site in an assembly that is not found")
            : throw new InvalidDataException("a site in an assembly the reading did not ask for");
        return new MappingSite(path, new CodeAnchor(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32()));
    }

    private static int IndexOf(IReadOnlyList<string?> paths, string path)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            if (string.Equals(paths[i], path, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadOptional(ref CacheReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
