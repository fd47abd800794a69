using System.Text;
using FitnessKit.Model;

namespace FitnessKit.Loading;

internal sealed partial class ModelCache
{
    /// <summary>
    /// Writes one assembly: a string table, a type-name table, then the types, with their details unless a census of
    /// named types stands in for them. One writer per thread, emptied between assemblies: a writer of its own for each
    /// assembly grew a buffer and two tables from nothing every time, and made a delegate for every list it wrote, a
    /// quarter of what filling an empty cache allocated on the framework map (37 of 148 MB).
    /// </summary>
    private sealed class Writer : IDisposable
    {
        // Past these, the thread's writer is not kept for the next assembly: one large assembly would otherwise leave
        // its buffer and tables behind for as long as the thread lives.
        private const int MostBytesKept = 1 << 20;
        private const int MostEntriesKept = 1 << 14;

        [ThreadStatic]
        private static Writer? _ofThread;

        private readonly MemoryStream _content = new();
        private readonly BinaryWriter _writer;

        // The types' details, written type by type as each is added (Add): they follow the headers in the file, which
        // can be written only once every type's names are in the tables.
        private readonly MemoryStream _details = new();
        private readonly BinaryWriter _detailsWriter;

        // Each string and name with its index, and in the order of their indexes, which the tables are written in.
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private readonly List<string> _stringsInOrder = new();
        private readonly Dictionary<TypeName, int> _names = new();
        private readonly List<TypeName> _namesInOrder = new();

        private IReadOnlyList<TypeName>? _census;

        private Writer()
        {
            var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            _writer = new BinaryWriter(_content, encoding, leaveOpen: true);
            _detailsWriter = new BinaryWriter(_details, encoding, leaveOpen: true);
        }

        private bool HasDetails => _census is null;

        /// <summary>The content of the cache file of an assembly whose types hold their details, or, with a census, of its headers; before its seal, valid until the thread writes another.</summary>
        public static ReadOnlySpan<byte> Content(InspectedAssembly assembly, IReadOnlyList<TypeName>? census)
        {
            var writer = Begin();
            writer._census = census;
            foreach (var type in assembly.Types)
            {
                if (writer.HasDetails)
                {
                    // Dependencies decoded in full are held in an array; any other list is copied.
                    writer.Add(type, type.GenericProperties, type.GenericCalls, type.Dependencies as TypeDependency[] ?? [.. type.Dependencies]);
                }
                else
                {
                    writer.CollectHeader(type);
                }
            }

            return writer.Finish(assembly);
        }

        /// <summary>
        /// Starts the file of an assembly whose types are handed over one by one as they are decoded (<see cref="Add"/>),
        /// each type's details written as they come, not held by the types until the file is written. The writer is the
        /// thread's until <see cref="Finish"/>.
        /// </summary>
        public static Writer Begin()
        {
            var writer = _ofThread ?? new Writer();
            _ofThread = null;
            writer._census = null;
            writer._content.SetLength(0);
            writer._details.SetLength(0);
            return writer;
        }

        /// <summary>
        /// Takes a type, decoded, with its details: its names go into the tables in the order they are met (its header,
        /// then its details), its details into a buffer of their own, which follows the headers in the file.
        /// </summary>
        public void Add(InspectedType type, IReadOnlyList<PropertySummary> properties, IReadOnlyList<GenericCall> calls, ReadOnlySpan<TypeDependency> dependencies)
        {
            CollectHeader(type);
            CollectDetails(properties, calls, dependencies);
            WriteDetails(properties, calls, dependencies);
        }

        /// <summary>The content of the file of the assembly whose types were added, before its seal; valid until the thread writes another.</summary>
        public ReadOnlySpan<byte> Finish(InspectedAssembly assembly)
        {
            WriteTablesAndHeaders(assembly);
            _detailsWriter.Flush();
            _writer.Flush();
            _content.Write(_details.GetBuffer(), 0, (int)_details.Length);
            var content = _content.GetBuffer().AsSpan(0, (int)_content.Length);
            if (_content.Capacity <= MostBytesKept && _details.Capacity <= MostBytesKept && _strings.Count <= MostEntriesKept && _names.Count <= MostEntriesKept)
            {
                // Emptied now, not at the next assembly: the names read while decoding this one die with it.
                Forget();
                _ofThread = this;
            }
            else
            {
                // Its buffer is the content, still to be written: a memory stream's disposal keeps it readable.
                Dispose();
            }

            return content;
        }

        /// <inheritdoc />
        public void Dispose()
        {
            _writer.Dispose();
            _content.Dispose();
            _detailsWriter.Dispose();
            _details.Dispose();
        }

        private void Forget()
        {
            _census = null;
            _strings.Clear();
            _stringsInOrder.Clear();
            _names.Clear();
            _namesInOrder.Clear();
        }

        private void WriteTablesAndHeaders(InspectedAssembly assembly)
        {
            foreach (var name in _census ?? [])
            {
                Name(name);
            }

            String(assembly.Name);
            foreach (var reference in assembly.References)
            {
                String(reference);
            }

            _writer.Write(Magic.ToCharArray());
            _writer.Write(FormatVersion);
            _writer.Write(assembly.Mvid.ToByteArray());
            _writer.Write7BitEncodedInt(_stringsInOrder.Count);
            foreach (var text in _stringsInOrder)
            {
                _writer.Write(text);
            }

            _writer.Write7BitEncodedInt(_namesInOrder.Count);
            foreach (var name in _namesInOrder)
            {
                _writer.Write7BitEncodedInt(_strings[name.Assembly]);
                _writer.Write7BitEncodedInt(_strings[name.Namespace]);
                _writer.Write7BitEncodedInt(_strings[name.Name]);
            }

            _writer.Write7BitEncodedInt(_strings[assembly.Name]);
            _writer.Write(assembly.HasEntryPoint);
            _writer.Write7BitEncodedInt(assembly.References.Count);
            foreach (var reference in assembly.References)
            {
                _writer.Write7BitEncodedInt(_strings[reference]);
            }

            _writer.Write(HasDetails);
            _writer.Write7BitEncodedInt(assembly.Types.Count);
            foreach (var type in assembly.Types)
            {
                WriteHeader(type);
            }
        }

        private void WriteHeader(InspectedType type)
        {
            _writer.Write7BitEncodedInt(_names[type.Name]);
            _writer.Write(type.Token);
            _writer.Write((byte)((int)type.Category | (type.IsAbstract ? 0x8 : 0) | (type.IsVisibleOutsideAssembly ? 0x10 : 0) | (type.IsNested ? 0x20 : 0)));
            _writer.Write(type.BaseType is not null);
            if (type.BaseType is not null)
            {
                Use(_writer, type.BaseType);
            }

            Uses(_writer, type.Interfaces);
            if (HasDetails)
            {
                // Attributes are read with the members: an assembly that is not decoded has none yet.
                var attributes = type.Attributes;
                _writer.Write7BitEncodedInt(attributes.Count);
                for (var i = 0; i < attributes.Count; i++)
                {
                    var attribute = attributes[i];
                    _writer.Write7BitEncodedInt(_names[attribute]);
                }
            }
        }

        private void WriteDetails(IReadOnlyList<PropertySummary> properties, IReadOnlyList<GenericCall> calls, ReadOnlySpan<TypeDependency> dependencies)
        {
            _detailsWriter.Write7BitEncodedInt(properties.Count);
            for (var i = 0; i < properties.Count; i++)
            {
                var property = properties[i];
                _detailsWriter.Write7BitEncodedInt(_strings[property.Name]);
                Use(_detailsWriter, property.Type);
                _detailsWriter.Write(property.IsPublic);
            }

            _detailsWriter.Write7BitEncodedInt(calls.Count);
            for (var i = 0; i < calls.Count; i++)
            {
                var call = calls[i];
                _detailsWriter.Write7BitEncodedInt(_names[call.DeclaringType]);
                _detailsWriter.Write7BitEncodedInt(_strings[call.Method]);
                Uses(_detailsWriter, call.Arguments);
                OptionalString(_detailsWriter, call.Member);
            }

            _detailsWriter.Write7BitEncodedInt(dependencies.Length);
            foreach (ref readonly var dependency in dependencies)
            {
                _detailsWriter.Write7BitEncodedInt(_names[dependency.Target]);
                _detailsWriter.Write((byte)((int)dependency.Kind | (dependency.IsPublicSurface ? 0x80 : 0)));
                OptionalString(_detailsWriter, dependency.Member);
                _detailsWriter.Write(dependency.Anchor.MethodToken);
                // A damaged method body can name a negative handler offset: written as an unknown offset (-1), never as a negative count.
                _detailsWriter.Write7BitEncodedInt(Math.Max(0, dependency.Anchor.ILOffset + 1));
            }
        }

        private void CollectHeader(InspectedType type)
        {
            Name(type.Name);
            if (type.BaseType is not null)
            {
                CollectUse(type.BaseType);
            }

            CollectUses(type.Interfaces);
            if (!HasDetails)
            {
                return;
            }

            var attributes = type.Attributes;
            for (var i = 0; i < attributes.Count; i++)
            {
                Name(attributes[i]);
            }
        }

        private void CollectDetails(IReadOnlyList<PropertySummary> properties, IReadOnlyList<GenericCall> calls, ReadOnlySpan<TypeDependency> dependencies)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                String(properties[i].Name);
                CollectUse(properties[i].Type);
            }

            for (var i = 0; i < calls.Count; i++)
            {
                var call = calls[i];
                Name(call.DeclaringType);
                String(call.Method);
                CollectUses(call.Arguments);
                if (call.Member is not null)
                {
                    String(call.Member);
                }
            }

            foreach (ref readonly var dependency in dependencies)
            {
                Name(dependency.Target);
                if (dependency.Member is not null)
                {
                    String(dependency.Member);
                }
            }
        }

        private void CollectUse(TypeUse use)
        {
            Name(use.Type);
            CollectUses(use.Arguments);
        }

        private void CollectUses(IReadOnlyList<TypeUse> uses)
        {
            for (var i = 0; i < uses.Count; i++)
            {
                CollectUse(uses[i]);
            }
        }

        private void Name(TypeName name)
        {
            if (_names.TryAdd(name, _names.Count))
            {
                String(name.Assembly);
                String(name.Namespace);
                String(name.Name);
                _namesInOrder.Add(name);
            }
        }

        private void String(string text)
        {
            if (_strings.TryAdd(text, _strings.Count))
            {
                _stringsInOrder.Add(text);
            }
        }

        private void OptionalString(BinaryWriter to, string? text) => to.Write7BitEncodedInt(text is null ? 0 : _strings[text] + 1);

        private void Use(BinaryWriter to, TypeUse use)
        {
            to.Write7BitEncodedInt(_names[use.Type]);
            Uses(to, use.Arguments);
        }

        private void Uses(BinaryWriter to, IReadOnlyList<TypeUse> uses)
        {
            to.Write7BitEncodedInt(uses.Count);
            for (var i = 0; i < uses.Count; i++)
            {
                var use = uses[i];
                Use(to, use);
            }
        }
    }
}
