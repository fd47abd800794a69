using FitnessKit.Loading;

namespace FitnessKit.Inspection;

/// <summary>How <see cref="CodeBase.Load(AssemblySource, LoadOptions)"/> reads assemblies.</summary>
public sealed record LoadOptions
{
    /// <summary>Gets the default options: no persistent cache, every core.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>
    /// Gets a folder for a persistent cache of what was read from each assembly, keyed by its module version id
    /// (MVID) and the cache format. A rebuilt assembly has a new MVID, so the cache never returns stale facts; an
    /// unchanged one is read from the cache instead of being decoded again. The first run with an empty folder takes
    /// longer, writing it: give a folder that is kept between runs. Writing a new build of an assembly deletes the
    /// files of its older builds but the two last written, so the folder does not grow with every build.
    /// </summary>
    /// <value>The default value is <see langword="null"/>: no cache.</value>
    public string? CacheDirectory { get; init; }

    /// <summary>Gets how many threads a check on the code base uses at most: how many assemblies are read at the same time, and how many rules are evaluated at the same time; 1 reads and evaluates them one after another.</summary>
    /// <value>The default value is the number of processors.</value>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Gets how many bytes of cache files, in all, are held from loading to decoding; beyond it they are read again. Tests set 0 to read every one again.</summary>
    internal long CacheBytesHeld { get; init; } = ModelCache.HeldBytesBudget;
}
