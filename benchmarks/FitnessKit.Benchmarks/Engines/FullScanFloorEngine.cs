using System.Reflection.PortableExecutable;

namespace FitnessKit.Benchmarks.Engines;

/// <summary>
/// The floor for the rule catalog: a raw System.Reflection.Metadata pass over every assembly, on both cores, that
/// decodes everything the rules can read and stops nowhere. Every method body (each IL operand token resolved to the
/// type it names), every signature (fields, methods, properties, events, locals, method and type specifications),
/// every custom attribute (constructor and the type names of its decoded arguments) and the base type and interfaces
/// of every type. It keeps no model: it counts what it decoded, so that the JIT cannot drop the work.
/// </summary>
internal sealed class FullScanFloorEngine : IEngine
{
    public string Name => "raw SRM full scan (floor for the catalog)";

    public EngineAnswer Answer(IReadOnlyList<string> assemblyFiles, Question question)
    {
        long uses = 0;
        long operands = 0;
        long checksum = 0;
        var types = 0;
        Parallel.ForEach(assemblyFiles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            var scan = new FullScan(pe);
            scan.Run();
            Interlocked.Add(ref uses, scan.Uses);
            Interlocked.Add(ref operands, scan.Operands);
            Interlocked.Add(ref checksum, scan.Checksum);
            Interlocked.Add(ref types, scan.Types);
        });
        return new EngineAnswer(assemblyFiles.Count, types, [], $"{operands:N0} IL operands, {uses:N0} type uses decoded (checksum {checksum & 0xFFFF:x4})");
    }
}
