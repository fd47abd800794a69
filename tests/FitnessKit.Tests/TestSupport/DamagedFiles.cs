using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FitnessKit.Tests.TestSupport;

/// <summary>Writes damaged copies of real files into a folder the caller owns: assemblies cut short or with a broken metadata table, a native library under a .dll name, and the native hosts of an application (one with the application bundled inside).</summary>
internal static class DamagedFiles
{
    /// <summary>Writes the first <paramref name="fraction"/> of <paramref name="source"/>'s bytes under the same file name.</summary>
    /// <param name="source">A real assembly.</param>
    /// <param name="directory">An existing folder.</param>
    /// <param name="fraction">How much of the file to keep, such as 0.5.</param>
    /// <returns>The file written.</returns>
    public static string Truncated(string source, string directory, double fraction)
    {
        var bytes = File.ReadAllBytes(source);
        return WriteAs(source, directory, bytes[..(int)(bytes.Length * fraction)]);
    }

    /// <summary>Writes a copy of <paramref name="source"/> whose first nested type is recorded, in the NestedClass table, as nested inside itself: a cycle that a naive reader follows forever.</summary>
    /// <param name="source">A real assembly with at least one nested type.</param>
    /// <param name="directory">An existing folder.</param>
    /// <returns>The file written.</returns>
    public static string WithSelfNestedType(string source, string directory)
    {
        var bytes = File.ReadAllBytes(source);
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var metadata = pe.GetMetadataReader();
            if (metadata.GetTableRowCount(TableIndex.NestedClass) == 0 || metadata.GetTableRowCount(TableIndex.TypeDef) > ushort.MaxValue)
            {
                throw new InvalidOperationException($"{source} has no nested type, or too many types for two-byte row numbers.");
            }

            // A NestedClass row is (NestedClass, EnclosingClass), two TypeDef row numbers of two bytes each: copy the first over the second.
            var row = pe.PEHeaders.MetadataStartOffset + metadata.GetTableMetadataOffset(TableIndex.NestedClass);
            bytes[row + 2] = bytes[row];
            bytes[row + 3] = bytes[row + 1];
        }

        return WriteAs(source, directory, bytes);
    }

    /// <summary>Copies a native library of the running .NET (the JIT) into <paramref name="directory"/> as <paramref name="fileName"/>.</summary>
    /// <param name="directory">An existing folder.</param>
    /// <param name="fileName">The name to give it, such as <c>clrjit.dll</c>.</param>
    /// <returns>The file written.</returns>
    public static string NativeLibrary(string directory, string fileName)
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var native = Directory.GetFiles(runtime).First(f => Path.GetFileNameWithoutExtension(f).Contains("clrjit", StringComparison.OrdinalIgnoreCase));
        var target = Path.Combine(directory, fileName);
        File.Copy(native, target);
        return target;
    }

    /// <summary>
    /// Copies the test subject published as a single file (<c>FitnessKit.Subjects.Hostile.SingleFile</c>, whose build
    /// publishes it): a native host with the assembly bundled inside, named as the SDK names it on this system.
    /// </summary>
    /// <param name="directory">An existing folder.</param>
    /// <returns>The file written.</returns>
    /// <param name="fileName">The name to give it; the SDK's name for this system when <see langword="null"/>.</param>
    public static string SingleFileApp(string directory, string? fileName = null) => CopyAppHost(Path.Combine(SingleFileSubjectOutput, "publish"), directory, fileName);

    /// <summary>Copies the plain apphost of the same subject's build output: the native launcher of the assembly beside it, no bundle.</summary>
    /// <param name="directory">An existing folder.</param>
    /// <returns>The file written.</returns>
    public static string PlainAppHost(string directory) => CopyAppHost(SingleFileSubjectOutput, directory, fileName: null);

    /// <summary>Gets the compiler's reference assembly (obj/.../ref/) of a test subject: metadata only, every method body <c>throw null</c>.</summary>
    /// <param name="project">The subject project, such as <c>FitnessKit.Subjects.Targets</c>.</param>
    /// <returns>The path of the reference assembly.</returns>
    public static string ReferenceAssemblyOf(string project) =>
        Directory.GetFiles(Path.Combine(Repository.Root, "tests", "Subjects", project, "obj"), project + ".dll", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "ref")
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .First();

    private static string SingleFileSubjectOutput => Path.GetDirectoryName(Repository.Subject("FitnessKit.Subjects.Hostile.SingleFile"))!;

    private static string CopyAppHost(string folder, string directory, string? fileName)
    {
        var host = Path.Combine(folder, "FitnessKit.Subjects.Hostile.SingleFile" + (OperatingSystem.IsWindows() ? ".exe" : string.Empty));
        var target = Path.Combine(directory, fileName ?? Path.GetFileName(host));
        File.Copy(host, target);
        return target;
    }

    private static string WriteAs(string source, string directory, byte[] bytes)
    {
        var path = Path.Combine(directory, Path.GetFileName(source));
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
