using System.Globalization;

namespace FitnessKit.Benchmarks;

/// <summary>
/// The size of a synthetic corpus, written <c>NxM</c>: N bounded contexts of M domain types (3N + 1 assemblies, about
/// 1.3 x N x M types). <c>NxMvK</c> also plants a violation of FK001 in every K-th domain type of every odd context,
/// for a corpus dense in violations (the reports' load).
/// </summary>
internal sealed record SyntheticSize(int Contexts, int Types, int ReachEvery = 0)
{
    /// <summary>Reads <c>32x400</c> or <c>200x385v3</c>.</summary>
    public static SyntheticSize Parse(string text)
    {
        var parts = text.Split('x', 'v');
        if (parts.Length is < 2 or > 3 || !parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0))
        {
            throw new ArgumentException($"'{text}' is not a synthetic size: write NxM (N contexts of M domain types, such as 32x400) or NxMvK (and a planted violation every K types, such as 200x385v3).");
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new SyntheticSize(numbers[0], numbers[1], numbers.Length == 3 ? numbers[2] : 0);
    }

    public override string ToString() => ReachEvery > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Contexts}x{Types}v{ReachEvery}")
        : string.Create(CultureInfo.InvariantCulture, $"{Contexts}x{Types}");
}
