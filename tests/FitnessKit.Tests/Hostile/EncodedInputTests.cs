using System.Text;
using FitnessKit.Baselines;
using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// A configuration or baseline saved as UTF-16 or UTF-32 (PowerShell's <c>Out-File</c> and <c>&gt;</c> do so by default
/// on Windows PowerShell), with or without a byte order mark: FitnessKit names the encoding and asks for UTF-8 instead
/// of calling the first byte an invalid start of a value, and the CLI exits with 2. The positive control is the same
/// text saved as UTF-8, which checks cleanly.
/// </summary>
public sealed class EncodedInputTests : IDisposable
{
    private const string Config = """
        {
          "assemblies": ["bin/*.dll"],
          "contexts": [ { "name": "Targets", "assemblies": ["FitnessKit.Subjects.Targets"] } ]
        }
        """;

    private const string EmptyBaseline = "{ \"fitnessKitBaseline\": 1, \"violations\": [] }";

    private static readonly Dictionary<string, (Encoding Encoding, bool Mark)> Encodings = new()
    {
        ["UTF-16 LE"] = (new UnicodeEncoding(bigEndian: false, byteOrderMark: true), true),
        ["UTF-16 BE"] = (new UnicodeEncoding(bigEndian: true, byteOrderMark: true), true),
        ["UTF-32 LE"] = (new UTF32Encoding(bigEndian: false, byteOrderMark: true), true),
        ["UTF-32 BE"] = (new UTF32Encoding(bigEndian: true, byteOrderMark: true), true),
        ["UTF-16 LE without a byte order mark"] = (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), false),
        ["UTF-16 BE without a byte order mark"] = (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), false),
        ["UTF-32 LE without a byte order mark"] = (new UTF32Encoding(bigEndian: false, byteOrderMark: false), false),
        ["UTF-32 BE without a byte order mark"] = (new UTF32Encoding(bigEndian: true, byteOrderMark: false), false),
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-encoded-").FullName;

    public EncodedInputTests()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder, "bin")).FullName;
        File.Copy(Repository.Subject("FitnessKit.Subjects.Targets"), Path.Combine(bin, "FitnessKit.Subjects.Targets.dll"));
    }

    public static TheoryData<string> Cases => new(Encodings.Keys);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Names_the_encoding_of_a_configuration_that_is_not_UTF8(string name)
    {
        var config = Write("fitness.json", Config, name);

        var outcome = InputOutcome.Of(config);

        var expected = $"<dir>/fitness.json is encoded as {name.Replace(" without a byte order mark", string.Empty, StringComparison.Ordinal)}; save it as UTF-8.";
        outcome.Should().Be($"library:\n  FitnessKitException:\n  - {expected}\ncli (exit code 2):\nfitnesskit: cannot check <dir>/fitness.json:\n  {expected}\n".ReplaceLineEndings());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Names_the_encoding_of_a_baseline_that_is_not_UTF8(string name)
    {
        var config = Write("fitness.json", Config, "UTF-8");
        var baseline = Write("fitness.baseline.json", EmptyBaseline, name);
        using var console = new TestConsole();

        var exitCode = CheckCommand.Run(new CheckSettings(new FileInfo(config), new FileInfo(baseline)), console.Console);

        exitCode.Should().Be(2);
        console.Output.Should().Contain($"{baseline} is encoded as {name.Replace(" without a byte order mark", string.Empty, StringComparison.Ordinal)}; save it as UTF-8.").And.NotContain("   at ");
        FluentActions.Invoking(() => Baseline.Load(baseline)).Should().Throw<FitnessKitException>().Which.Problems.Should().ContainSingle().Which.Should().Contain("is encoded as UTF-");
    }

    [Fact]
    public void Checks_the_same_files_saved_as_UTF8_with_or_without_a_byte_order_mark()
    {
        foreach (var encoding in new[] { "UTF-8", "UTF-8 with a byte order mark" })
        {
            var config = Write("fitness.json", Config, encoding);
            var baseline = Write("fitness.baseline.json", EmptyBaseline, encoding);
            using var console = new TestConsole();

            CheckCommand.Run(new CheckSettings(new FileInfo(config), new FileInfo(baseline)), console.Console).Should().Be(0, console.Output);
        }
    }

    private string Write(string file, string text, string encoding)
    {
        var path = Path.Combine(_folder, file);
        var bytes = encoding switch
        {
            "UTF-8" => Encoding.UTF8.GetBytes(text),
            "UTF-8 with a byte order mark" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => Encodings[encoding].Mark ? [.. Encodings[encoding].Encoding.GetPreamble(), .. Encodings[encoding].Encoding.GetBytes(text)] : Encodings[encoding].Encoding.GetBytes(text),
        };
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
