using FitnessKit.Model;

namespace FitnessKit.Coupling;

/// <summary>
/// What the coupling asks of one assembly's IL, as a checksum (XXH64, <see cref="Checksum64"/>) that names its answer
/// in the model cache: the calls of which members of which types (<see cref="CouplingReader"/> reads no other), on
/// which services of other contexts. An assembly build asked the same question finds the same calls; any other
/// question is read afresh. Sorted as arrays of strings and numbers, whose code is compiled ahead with the runtime.
/// </summary>
internal sealed class CallQuestion
{
    private const string Format = "FitnessKit calls between contexts, 1";

    private readonly ulong _services;

    /// <summary>Starts the questions of one check, on the services some member of another context calls.</summary>
    public CallQuestion(IEnumerable<TypeName> services) => _services = Checksum(writer =>
    {
        writer.Write(Format);
        WriteSorted(writer, [.. services.Select(s => string.Join('\0', s.Assembly.ToUpperInvariant(), s.Namespace, s.Name))]);
    });

    /// <summary>The question asked of one assembly: the calls of these members, by type token (<see langword="null"/> for every member of a type).</summary>
    public ulong Of(IReadOnlyDictionary<int, HashSet<string>?> callers) => Checksum(writer =>
    {
        var tokens = callers.Keys.ToArray();
        Array.Sort(tokens);
        writer.Write(_services);
        writer.Write7BitEncodedInt(tokens.Length);
        foreach (var token in tokens)
        {
            writer.Write(token);
            writer.Write(callers[token] is not null);
            if (callers[token] is { } members)
            {
                WriteSorted(writer, [.. members]);
            }
        }
    });

    private static ulong Checksum(Action<BinaryWriter> write)
    {
        using var content = new MemoryStream();
        using (var writer = new BinaryWriter(content, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return Checksum64.Of(content.GetBuffer().AsSpan(0, (int)content.Length));
    }

    // Counted first: no two lists of texts write the same bytes.
    private static void WriteSorted(BinaryWriter writer, string[] texts)
    {
        Array.Sort(texts, StringComparer.Ordinal);
        writer.Write7BitEncodedInt(texts.Length);
        foreach (var text in texts)
        {
            writer.Write(text);
        }
    }
}
