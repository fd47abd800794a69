using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>
/// The size of a synthetic corpus, written <c>NxM</c>: N bounded contexts of M domain types (3N + 1 assemblies, about
/// 1.3 x N x M types). <c>NxMvK</c> also plants a violation of FK001 in every K-th domain type of every odd context,
/// for a corpus dense in violations (the reports' load). A <c>pdb</c> at the end (<c>200x385v3pdb</c>) compiles it as a
/// build does, each assembly with its portable PDB and its source where the PDB names it, so that every violation is
/// located in a file, as in a user's own build output.
/// </summary>
internal sealed record SyntheticSize(int Contexts, int Types, int ReachEvery = 0, bool Symbols = false)
{
    private const string SymbolsSuffix = "pdb";

    /// <summary>Reads <c>32x400</c>, <c>200x385v3</c> or <c>200x385v3pdb</c>.</summary>
    public static SyntheticSize Parse(string text)
    {
        var symbols = text.EndsWith(SymbolsSuffix, StringComparison.Ordinal);
        var parts = (symbols ? text[..^SymbolsSuffix.Length] : text).Split('x', 'v');
        if (parts.Length is < 2 or > 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0))
        {
            throw new ArgumentException($"'{text}' is not a synthetic size: write NxM (N contexts of M domain types, such as 32x400) or NxMvK (and a planted violation every K types, such as 200x385v3), either with pdb at the end to compile with PDBs and sources (200x385v3pdb).");
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new SyntheticSize(numbers[0], numbers[1], numbers.Length == 3 ? numbers[2] : 0, symbols);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Contexts}x{Types}{(ReachEvery > 0 ? $"v{ReachEvery}" : string.Empty)}{(Symbols ? SymbolsSuffix : string.Empty)}");
}
