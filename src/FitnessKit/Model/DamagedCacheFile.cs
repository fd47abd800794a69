namespace FitnessKit.Model;

/// <summary>A cache file that could not be trusted: its assembly was read afresh from its file instead, and the cache file written again. The facts of the load are those of a load without a cache.</summary>
/// <param name="CacheFile">The damaged cache file.</param>
/// <param name="AssemblyPath">The assembly that was read afresh in its place.</param>
/// <param name="Reason">What was wrong with it, such as <c>its checksum does not match its content</c>.</param>
public sealed record DamagedCacheFile(string CacheFile, string AssemblyPath, string Reason);
