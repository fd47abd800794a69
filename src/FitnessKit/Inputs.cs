using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace FitnessKit;

/// <summary>
/// The one way the kit reads the file system and the environment to answer a check: each call notes its input in the
/// open <see cref="InputLog"/>s, so that a stored answer names all it was computed from. Only this type, the writers of
/// output and the model cache's own files touch <see cref="File"/>, <see cref="Directory"/>, file streams or
/// environment variables; a test of the kit's own IL fails the build when another type does.
/// </summary>
internal static class Inputs
{
    private const string VariablePrefix = "env:";
    private const string UserProfileName = "special-folder:UserProfile";
    private const string RuntimeDirectoryName = "runtime-directory:";

    /// <summary>Gets the folder of the runtime the kit runs on, where the shared frameworks' assemblies are found.</summary>
    public static string RuntimeDirectory
    {
        get
        {
            Note(RuntimeDirectoryName, InputKind.Variable);
            return RuntimeEnvironment.GetRuntimeDirectory();
        }
    }

    /// <summary>Gets the user's home folder, where NuGet's package folder is by default.</summary>
    public static string UserProfile
    {
        get
        {
            Note(UserProfileName, InputKind.Variable);
            return Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        }
    }

    /// <summary>Whether a file (of any kind: see <see cref="RegularFile"/>) is at the path.</summary>
    public static bool FileExists(string path)
    {
        Note(path, InputKind.Presence);
        return File.Exists(path);
    }

    /// <summary>Whether a folder is at the path.</summary>
    public static bool FolderExists(string path)
    {
        Note(path, InputKind.Presence);
        return Directory.Exists(path);
    }

    /// <summary>The files of a folder whose names match a pattern (<c>*.dll</c>).</summary>
    public static IEnumerable<string> Files(string folder, string pattern = "*")
    {
        Note(folder, InputKind.Listing);
        return Directory.EnumerateFiles(folder, pattern);
    }

    /// <summary>The folders of a folder whose names match a pattern.</summary>
    public static IEnumerable<string> Folders(string folder, string pattern = "*", EnumerationOptions? options = null)
    {
        Note(folder, InputKind.Listing);
        return options is null ? Directory.EnumerateDirectories(folder, pattern) : Directory.EnumerateDirectories(folder, pattern, options);
    }

    /// <summary>The attributes of a file or folder (on Windows, whether it is a device).</summary>
    public static FileAttributes Attributes(string path)
    {
        Note(path, InputKind.Presence);
        return File.GetAttributes(path);
    }

    /// <summary>Whether a file may be run by its owner (Linux and macOS; never on Windows, where the name says so).</summary>
    public static bool IsExecutable(string path)
    {
        Note(path, InputKind.Presence);
        return !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserExecute) != 0;
    }

    /// <summary>Opens a file to read, shared with other readers.</summary>
    public static FileStream Open(string path, int bufferSize = 4096, FileOptions options = FileOptions.None)
    {
        Note(path, InputKind.Content);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize, options);
    }

    /// <summary>Opens a file to read at offsets (<see cref="RandomAccess"/>).</summary>
    public static SafeFileHandle OpenHandle(string path)
    {
        Note(path, InputKind.Content);
        return File.OpenHandle(path);
    }

    /// <summary>The bytes of a file.</summary>
    public static byte[] ReadAllBytes(string path)
    {
        Note(path, InputKind.Content);
        return File.ReadAllBytes(path);
    }

    /// <summary>The lines of a text file, read as they are enumerated.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        Note(path, InputKind.Content);
        return File.ReadLines(path);
    }

    /// <summary>The length of a file in bytes.</summary>
    public static long Length(string path)
    {
        Note(path, InputKind.Content);
        return new FileInfo(path).Length;
    }

    /// <summary>Notes a file that another library (Mono.Cecil) opens and reads itself.</summary>
    public static void ReadElsewhere(string path) => Note(path, InputKind.Content);

    /// <summary>Notes that the kind of file at a path was read (<see cref="UnixFileType"/>).</summary>
    public static void Probed(string path) => Note(path, InputKind.Presence);

    /// <summary>The value of an environment variable, or <see langword="null"/>.</summary>
    public static string? Variable(string name)
    {
        Note(VariablePrefix + name, InputKind.Variable);
        return Environment.GetEnvironmentVariable(name);
    }

    /// <summary>The value of a variable input now, by the name <see cref="InputLog"/> holds it under.</summary>
    internal static string? ValueOf(string name) => name switch
    {
        RuntimeDirectoryName => RuntimeEnvironment.GetRuntimeDirectory(),
        UserProfileName => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        _ when name.StartsWith(VariablePrefix, StringComparison.Ordinal) => Environment.GetEnvironmentVariable(name[VariablePrefix.Length..]),
        _ => throw new ArgumentException($"{name} is no variable input.", nameof(name)),
    };

    /// <summary>An input's name for a message: its path, or which variable it is.</summary>
    internal static string Describe(string name) => name switch
    {
        RuntimeDirectoryName => "the runtime's folder",
        UserProfileName => "the user's home folder",
        _ when name.StartsWith(VariablePrefix, StringComparison.Ordinal) => $"the environment variable {name[VariablePrefix.Length..]}",
        _ => name,
    };

    // One read of the flow's log: with none open, nothing more.
    private static void Note(string name, InputKind kind) => InputLog.Note(name, kind);
}
