using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Decodes the members and method bodies of one assembly's types from its file, the first time they are asked for,
/// then releases the file. The file is open only while something reads it: its type headers, read on first use so
/// that loading a large folder reads only those the rules need (<see cref="DeferredTypeHeaders"/>), then its code; in
/// between it is closed (<see cref="Park"/>), as it is after a question that reads it without decoding it, and opened
/// again, checked to be the same build, when something reads it later. Opened first, the file is memory-mapped; opened
/// again, it is read whole (<see cref="AssemblyFileReader.OpenAgain"/>).
/// </summary>
internal sealed class PeAssemblyDecoder(PEReader pe, MetadataReader metadata, MetadataNames names, TypeNameTable table, string path) : IAssemblyDecoder
{
    private readonly object _gate = new();
    private readonly List<InspectedType> _work = new();
    private PEReader? _pe = pe;
    private MetadataReader? _metadata = metadata;
    private bool _parked;

    // The names the type headers were read with, and the scanner made from them when the assembly is first decoded
    // (see Scanner): both dropped with the file, as every type keeps this decoder. The names stay while the file is
    // parked between loading and decoding, and serve the file opened again.
    private MetadataNames? _names = names;
    private TypeScanner? _scanner;
    private Exception? _failure;

    // Whether the cache holds the assembly: its headers, written after a question, or the whole of it, once decoded.
    private bool _cached;

    /// <summary>
    /// The scanner that decodes the types, made on first use, with name and member tables of its own. Made then, they
    /// are young, and die young: had they been made with the type headers when the file was loaded, the collector
    /// would have moved them to its old generation by now, and would keep alive, from there, everything decoding hangs
    /// on them (names, member facts, interned strings) until it next looks at the old generation, long after the
    /// assembly is done. Names first met while decoding are interned for this assembly only (<see cref="TypeNameTable.ForDecoding"/>).
    /// </summary>
    private TypeScanner Scanner
    {
        get
        {
            if (_scanner is null)
            {
                var decoding = table.ForDecoding();
                _scanner = new TypeScanner(_pe!, _metadata!, _names!.ForDecoding(decoding), decoding);
            }

            return _scanner;
        }
    }

    public InspectedAssembly? Assembly { get; set; }

    /// <summary>Called once the assembly is decoded, to write it to a persistent cache.</summary>
    public Action<InspectedAssembly>? Decoded { get; init; }

    /// <summary>Starts the cache file of the assembly, which a check fills type by type as it decodes it (<see cref="ModelCache.Fill"/>).</summary>
    public Func<InspectedAssembly, ModelCache.Filling>? Fills { get; init; }

    /// <summary>
    /// Called, with every type the assembly's metadata can name (<see cref="TypeScanner.NamedTypes"/>), once a question,
    /// or a reading of every type of the code base, has read the assembly's type headers without decoding it, to write
    /// them to a persistent cache: enough for the next run to read the headers from there, and for the next question to
    /// know whether the assembly can depend on a type at all. A check writes only what it decodes.
    /// </summary>
    public Action<InspectedAssembly, IReadOnlyList<TypeName>>? Questioned { get; init; }

    /// <summary>Makes room for the types to decode, as many as the assembly's type headers: a list grown type by type made each of its arrays again.</summary>
    public void Expect(int count) => _work.EnsureCapacity(count);

    /// <summary>Takes a type to decode. It is handed this decoder by <see cref="Publish"/>, once every type of the assembly is taken.</summary>
    public void Add(InspectedType type) => _work.Add(type);

    /// <summary>
    /// Hands this decoder to every type taken. Only then may a thread, through one of those types, ask it to decode: a
    /// decoder made again for types that other threads already see (<see cref="AssemblyFileReader.Reopen"/>) would
    /// otherwise decode only the types taken so far, and leave the rest with nothing.
    /// </summary>
    public void Publish()
    {
        lock (_gate)
        {
            foreach (var type in _work)
            {
                type.Decoder = this;
            }
        }
    }

    /// <summary>
    /// Reads from the file while it is open, for type headers read on first use (<see cref="DeferredTypeHeaders"/>): its
    /// types are not decoded before, as decoding is asked through them, so the file has not been let go.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The file was released: the assembly is not inspected.</exception>
    public T WithFile<T>(Func<T> read)
    {
        lock (_gate)
        {
            return _pe is null ? throw new ObjectDisposedException(path, "The assembly's file was released before its types were read.") : read();
        }
    }

    public void Park()
    {
        lock (_gate)
        {
            ParkFile();
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            DropFile();
        }
    }

    public IReadOnlyList<InspectedType>? TypesDependingOn(IReadOnlyList<InspectedType> candidates, Func<TypeName, bool> match)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            // No type to find: the file is read only to write the headers a cache owes.
            if (candidates.Count == 0 && (Questioned is null || _cached))
            {
                return [];
            }

            if (!HasFile())
            {
                return null;
            }

            try
            {
                if (candidates.Count == 0 || !Scanner.MayName(match))
                {
                    WriteHeaders();
                    return [];
                }

                if (Decoded is not null)
                {
                    // With a cache, decoded in full and written, so that the next run answers from the cache; the answer
                    // is read from what was decoded, which is then let go, as a question without a cache keeps nothing:
                    // kept, the first run over 3,000 assemblies held every dependency of every assembly it read (1 GB).
                    Decode();
                    var answer = candidates.Where(type => type.Dependencies.Any(dependency => match(dependency.Target))).ToList();
                    if (Assembly is { } assembly && _failure is null)
                    {
                        var reader = new RereadingDecoder(assembly, table);
                        foreach (var type in assembly.Types)
                        {
                            type.LetGoOfDecoded(reader);
                        }
                    }

                    return answer;
                }

                var wanted = candidates.ToHashSet();
                var found = new List<InspectedType>();
                var families = TypeFamilies.Of(_metadata!);
                foreach (var type in _work)
                {
                    if (wanted.Contains(type) && Family(families, type) is var family && Scanner.Probe(type, families.Owner(family), families.Generated(family), match))
                    {
                        found.Add(type);
                    }
                }

                return found;
            }
            catch (Exception exception) when (AssemblyFileReader.IsDamage(exception))
            {
                _failure = AssemblyFileReader.Unreadable(path, exception);
                DropFile();
                throw _failure;
            }
            finally
            {
                // A question's scanner is let go with its answer: kept, it would hold the names and member facts it read
                // (about twice the file's size) for as long as the code base lives, for every assembly asked about.
                _scanner?.Release();
                _scanner = null;
                ParkFile();
            }
        }
    }

    public bool DecodeKeeping(DependencyView view, Func<InspectedType, KeepDependency> keep, Func<string, bool> keepCallsTo, Func<InspectedType, CallRecording?> callsOn, IAssemblyDecoder reader)
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            if (!HasFile())
            {
                return false;
            }

            // What each type keeps is asked first: if asking reads a type of this assembly, which decodes it in full, the caller keeps from the full lists.
            var work = _work.ToArray();
            var keeps = new KeepDependency[work.Length];
            var calls = new CallRecording?[work.Length];
            for (var i = 0; i < work.Length; i++)
            {
                keeps[i] = keep(work[i]);
                calls[i] = callsOn(work[i]);
            }

            if (_pe is null)
            {
                return false;
            }

            if (Fills is not null && Assembly is not null)
            {
                // With a cache, decoded in full and written, so that the next run reads it from the cache: each type is
                // handed to the file as it is decoded, then keeps what the check reads, with the calls recorded as it was
                // decoded. Without them the coupling would read the IL of every such assembly again (45 ms of a first
                // run's 0.9 s with a cache on the framework map); kept whole until the file was written, the full lists
                // were most of what a first run allocated over 3,000 assemblies.
                var filling = Fills(Assembly);
                ScanOnce((scanner, type, owner, generated, i) => scanner.ScanFilling(type, owner, generated, view, keeps[i], keepCallsTo, calls[i], reader, filling), work);
                filling.Finish();
                _cached = true;
                return true;
            }

            ScanOnce((scanner, type, owner, generated, i) => scanner.ScanKept(type, owner, generated, view, keeps[i], keepCallsTo, calls[i], reader), work);
            return true;
        }
    }

    public void Decode()
    {
        lock (_gate)
        {
            if (_failure is not null)
            {
                throw _failure;
            }

            if (!HasFile())
            {
                return;
            }

            ScanOnce((scanner, type, owner, generated, _) => scanner.ScanBody(type, owner, generated), [.. _work]);

            if (Assembly is not null && Decoded is not null)
            {
                Decoded(Assembly);
                _cached = true;
            }
        }
    }

    /// <summary>Writes the type headers to the cache once, unless the assembly was written whole. Called under the lock, with the file open.</summary>
    private void WriteHeaders()
    {
        if (Questioned is not null && !_cached && Assembly is { } assembly)
        {
            _cached = true;
            Questioned(assembly, [.. Scanner.NamedTypes()]);
        }
    }

    /// <summary>Scans each type of the assembly once, then releases the file; damage is kept as the assembly's failure, so that every later question fails the same way. Called under the lock.</summary>
    private void ScanOnce(ScanStep scan, InspectedType[] work)
    {
        try
        {
            var scanner = Scanner;
            var families = TypeFamilies.Of(_metadata!);
            for (var i = 0; i < work.Length; i++)
            {
                var family = Family(families, work[i]);
                scan(scanner, work[i], families.Owner(family), families.Generated(family), i);
            }
        }
        catch (Exception exception) when (AssemblyFileReader.IsDamage(exception))
        {
            _failure = AssemblyFileReader.Unreadable(path, exception);
            throw _failure;
        }
        finally
        {
            DropFile();
        }
    }

    /// <summary>
    /// The family of a type taken to decode, read again from the same build of the file as its header; a type the file
    /// no longer defines is damage (<see cref="AssemblyFileReader.IsDamage"/>), reported with the file.
    /// </summary>
    private static int Family(TypeFamilies families, InspectedType type)
    {
        var family = families.FamilyOf(type.Token);
        return family >= 0 ? family : throw new InvalidOperationException($"its type {type.FullName} (token 0x{type.Token:X8}) is not a user-written type of the file read again");
    }

    /// <summary>
    /// Whether the file can be read: open, or parked (<see cref="ParkFile"/>) and opened again, the same build (by its
    /// MVID) with its tables checked again. Called under the lock.
    /// </summary>
    /// <exception cref="FitnessKitException">The file cannot be read again, is damaged, or is another build than the one loaded.</exception>
    private bool HasFile()
    {
        if (_parked)
        {
            _parked = false;
            var assembly = Assembly!;
            try
            {
                _pe = AssemblyFileReader.OpenAgain(assembly, out var metadata);
                _metadata = metadata;
            }
            catch (FitnessKitException failure)
            {
                _failure = failure;
                throw;
            }

            _names = new MetadataNames(_metadata!, table, assembly.Name);
        }

        return _pe is not null;
    }

    /// <summary>
    /// Closes the file of an assembly whose types are read but not decoded, until something reads it again (<see cref="HasFile"/>):
    /// a question reads each assembly once, and its pages, mapped, would otherwise stay in the process's memory for as
    /// long as the code base lives (277 MB of the 449 a question over 3,000 assemblies peaked at). The names read from
    /// the file go with it and are read again with it: kept for the decoding that follows, the tables of the names of
    /// every assembly lived from loading to decoding, long enough for the collector to move them to its old generation
    /// to die there (over 3,000 assemblies, the catalog's peak 195 MB with them kept, 183-187 without; a question's 132
    /// and 119). Called under the lock.
    /// </summary>
    private void ParkFile()
    {
        if (_pe is not null && _failure is null && Assembly is { TypesRead: true })
        {
            _pe.Dispose();
            _pe = null;
            _metadata = null;
            _parked = true;
            _names = null;
        }
    }

    /// <summary>Closes the file and lets go of everything read from it. Called under the lock.</summary>
    private void DropFile()
    {
        _parked = false;
        _pe?.Dispose();
        _pe = null;
        _metadata = null;
        _scanner?.Release();
        _scanner = null;
        _names = null;
        // Emptied, a list keeps its array: every type of the code base keeps its assembly's decoder (3 MB of arrays
        // over 3,000 assemblies).
        _work.Clear();
        _work.TrimExcess();
    }
}

/// <summary>Decodes one type of an assembly, the <paramref name="index"/>th taken, with the generated types it owns.</summary>
internal delegate void ScanStep(TypeScanner scanner, InspectedType type, TypeDefinitionHandle owner, ReadOnlySpan<TypeDefinitionHandle> generated, int index);
