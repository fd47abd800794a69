namespace FitnessKit.Tests.TestSupport;

/// <summary>Paths inside the repository: the compiled test subjects and the samples.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Subject(string project) =>
        Path.Combine(Root, "artifacts", "subjects", project, project + ".dll");

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FitnessKit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No FitnessKit.sln above {AppContext.BaseDirectory}.");
    }
}
