using FitnessKit.Configuration;
using NJsonSchema;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// Validates JSON against the schemas the kit promises to follow: SARIF 2.1.0 (the OASIS schema, a draft-04 schema,
/// copied into TestData) and the repository's own fitness.json schema (draft-07). NJsonSchema reads both drafts and
/// checks formats such as <c>uri</c>.
/// </summary>
internal static class JsonSchemas
{
    private static readonly Lazy<JsonSchema> Sarif = new(() => Build(Path.Combine(AppContext.BaseDirectory, "TestData", "sarif-schema-2.1.0.json")));
    private static readonly Lazy<JsonSchema> FitnessConfig = new(() => Build(Path.Combine(Repository.Root, "schema", "fitness.schema.json")));

    /// <summary>The problems of a SARIF log; empty when it is valid.</summary>
    public static IReadOnlyList<string> SarifProblems(string sarif) => Problems(Sarif.Value, sarif);

    /// <summary>The problems of a fitness.json (comments allowed); empty when it is valid.</summary>
    public static IReadOnlyList<string> ConfigProblems(string json) => Problems(FitnessConfig.Value, WithoutComments(json));

    /// <summary>Validates every SARIF file below a folder and returns how many there were.</summary>
    public static int ValidateSarifFilesIn(string folder)
    {
        var files = Directory.GetFiles(folder, "*.sarif", SearchOption.AllDirectories);
        foreach (var file in files)
        {
            var problems = SarifProblems(File.ReadAllText(file));
            if (problems.Count > 0)
            {
                throw new global::Xunit.Sdk.XunitException($"{file} is not valid SARIF 2.1.0:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
            }
        }

        return files.Length;
    }

    private static JsonSchema Build(string path) => JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();

    private static List<string> Problems(JsonSchema schema, string json) =>
        [.. schema.Validate(json).Select(e => $"{e.Path} (line {e.LineNumber}): {e.Kind}{(e.Property is null ? string.Empty : " " + e.Property)}")];

    private static string WithoutComments(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.GetRawText();
    }
}
