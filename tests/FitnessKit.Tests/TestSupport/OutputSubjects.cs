using FitnessKit.Inspection;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// The console-output subjects (tests/Subjects/FitnessKit.Subjects.Output.*): context Catalog, and context Sales in two
/// assemblies that share a source file, with 62 FK001 findings. Only FK001 runs, so the output tests depend on one
/// rule's sentences.
/// </summary>
internal static class OutputSubjects
{
    public const string Prefix = "FitnessKit.Subjects.Output";

    /// <summary>Gets the number of distinct FK001 findings the subjects plant: sixty quote methods, the stock reader's two (the repository and the record), and the shared formatter's one (in two assemblies).</summary>
    public const int Findings = 63;

    private static readonly Lazy<FileInfo> LazyConfig = new(WriteConfig);

    /// <summary>Gets the subjects' fitness.json, written once beside their folders (patterns may not leave the configuration's folder).</summary>
    public static FileInfo Config => LazyConfig.Value;

    private static FileInfo WriteConfig()
    {
        var subjects = Path.Combine(Repository.Root, "artifacts", "subjects");
        var path = Path.Combine(subjects, $"{Prefix}.fitness.json");
        File.WriteAllText(path, $$"""
            {
              "assemblies": ["{{Prefix}}.Catalog/{{Prefix}}.Catalog.dll", "{{Prefix}}.Sales.North/{{Prefix}}.Sales.North.dll", "{{Prefix}}.Sales.South/{{Prefix}}.Sales.South.dll"],
              "contexts": [
                { "name": "Catalog", "assemblies": ["{{Prefix}}.Catalog"], "contractNamespaces": ["{{Prefix}}.Catalog.Contracts"] },
                { "name": "Sales", "assemblies": ["{{Prefix}}.Sales.*"] }
              ],
              "rules": { "FK002": "off", "FK003": "off", "FK004": "off", "FK005": "off", "FK006": "off", "FK007": "off", "FK008": "off", "FK009": "off", "FK010": "off", "FK011": "off", "FK012": "off", "FK013": "off" }
            }
            """);
        return new FileInfo(path);
    }

    private static readonly Lazy<CodeBase> LazyCodeBase = new(() => FitnessKit.Inspection.CodeBase.Load(AssemblySource.Files([.. new[] { "Catalog", "Sales.North", "Sales.South" }.Select(n => Repository.Subject($"{Prefix}.{n}"))])));

    /// <summary>Gets the subjects' code base, loaded once.</summary>
    public static CodeBase CodeBase => LazyCodeBase.Value;
}
