using System.Runtime.InteropServices;

namespace FitnessKit.Benchmarks;

/// <summary>The corpora: the installed shared frameworks, the Shop sample, and synthetic systems of several sizes.</summary>
internal static class Corpora
{
    public static string Root { get; } = FindRoot();

    /// <summary>The corpus's files, listed once by the parent process so that children do not spend their measured time probing files.</summary>
    public static IReadOnlyList<string> Files(string corpus)
    {
        var list = Path.Combine(Root, "artifacts", "benchmarks", "corpus", corpus + ".txt");
        if (File.Exists(list))
        {
            return File.ReadAllLines(list);
        }

        var files = Discover(corpus);
        Directory.CreateDirectory(Path.GetDirectoryName(list)!);
        File.WriteAllLines(list, files);
        return files;
    }

    private static IReadOnlyList<string> Discover(string corpus) => corpus switch
    {
        "framework" => FrameworkFolders().SelectMany(f => Directory.EnumerateFiles(f, "*.dll")).Where(IsManaged).Order(StringComparer.Ordinal).ToList(),
        "shop" => Directory.EnumerateFiles(Path.Combine(Root, "samples", "Shop.Broken", "bin"), "Shop.*.dll").Order(StringComparer.Ordinal).ToList(),
        _ when corpus.StartsWith("synthetic-", StringComparison.Ordinal) => Directory.EnumerateFiles(SyntheticFolder(corpus), "Synth.*.dll").Order(StringComparer.Ordinal).ToList(),
        _ => throw new ArgumentException($"Unknown corpus {corpus}."),
    };

    public static Question QuestionFor(string corpus) => corpus.StartsWith("synthetic-", StringComparison.Ordinal)
        ? new Question("Synth", "System.Text.Json")
        : Question.Framework;

    /// <summary>The context map the rule catalog and the CLI check a corpus against.</summary>
    public static string ConfigFor(string corpus) => corpus switch
    {
        "shop" => Path.Combine(Root, "samples", "Shop.Broken", "fitness.json"),
        "framework" => FrameworkMap.Copy,
        _ => Path.Combine(SyntheticFolder(corpus), "fitness.json"),
    };

    public static string SyntheticFolder(string corpus) => SyntheticCorpus.Folder(Root, SyntheticSize.Parse(corpus["synthetic-".Length..]));

    public static IEnumerable<string> FrameworkFolders()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/', '\\');
        yield return runtime;
        var asp = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime)!)!, "Microsoft.AspNetCore.App", Path.GetFileName(runtime));
        if (Directory.Exists(asp))
        {
            yield return asp;
        }
    }

    private static bool IsManaged(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return pe.HasMetadata;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FitnessKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the FitnessKit repository.");
    }
}
