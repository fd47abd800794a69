using System.Text.Json;
using System.Text.Json.Nodes;

namespace FitnessKit.Benchmarks;

/// <summary>
/// The context map of the framework corpus. The committed map (framework.fitness.json beside the benchmark) names no
/// assembly, because the shared frameworks live in a different folder on every machine; the parent process writes a
/// copy whose "assemblies" lists the framework corpus's files, and every engine and the CLI check that copy.
/// </summary>
internal static class FrameworkMap
{
    /// <summary>Gets the committed map.</summary>
    public static string Committed { get; } = Path.Combine(Corpora.Root, "benchmarks", "FitnessKit.Benchmarks", "framework.fitness.json");

    /// <summary>Gets the copy that the benchmark checks, with the installed frameworks' files.</summary>
    public static string Copy { get; } = Path.Combine(Corpora.Root, "artifacts", "benchmarks", "framework", "fitness.json");

    /// <summary>Writes the copy: the committed map with its "assemblies" replaced by the given files (absolute paths).</summary>
    public static void Write(IReadOnlyList<string> files)
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        var map = JsonNode.Parse(File.ReadAllText(Committed), documentOptions: options)?.AsObject()
            ?? throw new InvalidOperationException($"{Committed}: the map is empty.");
        map["assemblies"] = new JsonArray([.. files.Select(f => (JsonNode)JsonValue.Create(f))]);
        Directory.CreateDirectory(Path.GetDirectoryName(Copy)!);
        File.WriteAllText(Copy, map.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
