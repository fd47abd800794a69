using System.Text;
using FitnessKit.Configuration;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// Fuzzes the fitness.json reader with mutated real configurations: JSON punctuation, keywords, escapes, invalid UTF-8
/// and random bytes inserted, spans deleted or repeated. Property: <see cref="FitnessConfig.Load"/> either succeeds or
/// throws one <see cref="FitnessKitException"/> whose every problem names the file, and names the line and column when
/// the JSON itself is malformed. Any other exception, or a hang, fails with the seed.
/// </summary>
public sealed class ConfigFuzzTests : IDisposable
{
    private static readonly string[] Seeds =
    [
        File.ReadAllText(Path.Combine(Repository.Sample("Shop"), "fitness.json")),
        File.ReadAllText(Path.Combine(Repository.Sample("Shop.Broken"), "fitness.json")),
        """
        {
          // comments and trailing commas
          "assemblies": ["bin/*.dll", "**/Shop.*.dll"],
          "sharedKernel": { "assemblies": ["Shop.SharedKernel"], "namespaces": ["Shop.Kernel.**"] },
          "contexts": [ { "name": "Sales", "namespaces": ["Shop.Sales.**"], "contractNamespaces": ["Shop.Sales.Contracts"], "mayUse": ["Catalog:Shop.Catalog.Contracts"] },
                        { "name": "Catalog", "namespaces": ["Shop.Catalog.**"], "contractNamespaces": ["Shop.Catalog.Contracts"], }, ],
          "persistence": { "namespaces": ["*.Persistence.**"], "detectRepositories": false, "repositorySuffixes": ["Store"] },
          "rules": { "FK002": "warning", "PersistenceInternal": "off" },
        }
        """,
    ];

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", ":", ",", "//", "/*", "*/", "\n", "null", "true", "false", "-0", "1e999", "\"\\u0000\"", "\"\\uD800\"",
        "\"\\", "\"name\": \"Orders\"", "\"assemblies\": []", "\"contexts\": [{}]", "\"mayUse\": [\":\"]", "\"**\"", "\".**\"", "\"*.*.**\"",
        "\"rules\": {\"FK001\": 1}", "\uFEFF", "\u00e9", "\U0001F600",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-config-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reading_mutated_configurations_ends_in_success_or_one_FitnessKitException_naming_the_file()
    {
        var path = Path.Combine(_folder, "fitness.json");
        var (iterations, _) = Fuzzing.Run("config fuzz", (random, _) =>
        {
            var bytes = Mutate(random);
            return (Encoding.UTF8.GetString(bytes), () => CheckProperty(path, bytes));
        });

        iterations.Should().BePositive();
    }

    private static void CheckProperty(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        try
        {
            FitnessConfig.Load(path);
        }
        catch (FitnessKitException exception)
        {
            exception.Problems.Should().NotContain(p => !p.StartsWith(path, StringComparison.Ordinal), "every problem names the file:\n{0}", Encoding.UTF8.GetString(bytes));
            exception.Problems.Should().NotContain(p => p.Contains("malformed JSON", StringComparison.Ordinal) && !p.StartsWith(path + "(", StringComparison.Ordinal), "malformed JSON is reported with its line and column");
        }
    }

    private static byte[] Mutate(Random random)
    {
        var text = new List<byte>(Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]));
        var count = random.Next(1, 6);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(text.Count + 1);
            switch (random.Next(5))
            {
                case 0:
                    text.InsertRange(at, Encoding.UTF8.GetBytes(Fragments[random.Next(Fragments.Length)]));
                    break;
                case 1:
                    text.RemoveRange(at, Math.Min(random.Next(1, 40), text.Count - at));
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 60), text.Count - at);
                    text.InsertRange(at, text.GetRange(at, length));
                    break;
                case 3:
                    text.Insert(at, (byte)random.Next(256));
                    break;
                default:
                    text.InsertRange(at, [0xC3, 0x28, 0xFF]);
                    break;
            }
        }

        return [.. text];
    }
}
