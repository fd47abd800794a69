using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>What a run of the benchmark measures: how many runs of each engine, which synthetic sizes, whether the peers run.</summary>
internal sealed record BenchmarkOptions(int Runs, IReadOnlyList<SyntheticSize> Sizes, IReadOnlyList<SyntheticSize> ReportSizes, bool Peers, bool PrepareOnly = false)
{
    /// <summary>Peers run only on corpora up to this many MB of IL: ArchUnitNET takes 1.4 GB at 19 MB and would not finish the 10x size.</summary>
    public const double PeersUpToMegabytes = 40;

    public const string Usage = """
        dotnet run -c Release --project benchmarks/FitnessKit.Benchmarks [-- OPTIONS]

          --runs N             runs of each engine on each corpus; the table shows medians (default 5)
          --sizes LIST         synthetic sizes for the question and the rule catalog, NxM = N contexts of M domain types
                               (default 4x50,8x100,16x200,32x400,1000x175; 1000x175 is about 3,000 assemblies and 230,000 types)
          --report-sizes LIST  synthetic sizes for the report rows, NxMvK = a planted violation every K domain types,
                               ending in pdb = compiled with PDBs and sources, as a build is (default
                               200x385v3,200x385v3pdb: about 100,000 types and 20,000 violations, without and with
                               locations); "none" for none
          --no-peers           leave out NetArchTest and ArchUnitNET
          --prepare-only       generate the synthetic corpora of those sizes and write the framework map, measure nothing
          --help               this text

        Synthetic corpora are generated once and kept in artifacts/benchmarks/synthetic; the table is written to
        artifacts/benchmarks/last-run.md.

        dotnet run -c Release --project benchmarks/FitnessKit.Benchmarks -- phases CONFIG [--cache DIR]

          one check in this process, by phase and rule, with a digest of its violations
        """;

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> with a sentence for anything it cannot read.</summary>
    public static BenchmarkOptions Parse(string[] args)
    {
        string[] known = ["--runs", "--sizes", "--report-sizes", "--no-peers", "--prepare-only", "--help"];
        for (var i = 0; i < args.Length; i++)
        {
            if (!known.Contains(args[i]))
            {
                throw new ArgumentException($"Unknown option '{args[i]}'.");
            }

            if (args[i] is "--runs" or "--sizes" or "--report-sizes")
            {
                i++;
            }
        }

        var runsText = Option(args, "--runs") ?? "5";
        if (!int.TryParse(runsText, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < 1)
        {
            throw new ArgumentException($"--runs takes a number of runs of at least 1, not '{runsText}'.");
        }

        return new BenchmarkOptions(
            runs,
            SizeList(Option(args, "--sizes") ?? "4x50,8x100,16x200,32x400,1000x175"),
            SizeList(Option(args, "--report-sizes") ?? "200x385v3,200x385v3pdb"),
            !args.Contains("--no-peers"),
            args.Contains("--prepare-only"));
    }

    private static List<SyntheticSize> SizeList(string list) => list == "none"
        ? []
        : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(SyntheticSize.Parse)];

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{name} needs a value.");
    }
}
