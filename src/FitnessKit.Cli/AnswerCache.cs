using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using FitnessKit.Inspection;
using Spectre.Console;

namespace FitnessKit.Cli;

/// <summary>
/// The answers of <c>fitnesskit check --cache DIR</c>: what a check printed and its exit code, stored with every input
/// it read (<see cref="InputLog"/>: each file's bytes, each folder's names, each path looked for and not found, each
/// environment variable) and the state of each (<see cref="InputState"/>). The same check asked again, by the same
/// build of FitnessKit, in the same folder and on a console of the same kind, prints the stored answer only when every
/// input is still what it was; one changed byte, one new file in a listed folder or one missing file that now exists
/// makes it check again. An answer whose inputs were written while it was computed is not stored.
/// </summary>
internal sealed class AnswerCache
{
    // 1: the first format.
    private const int FormatVersion = 1;
    private const string Magic = "FKAN";
    private const int SealBytes = sizeof(ulong);

    private readonly string _file;
    private readonly string _folder;

    private AnswerCache(string folder, string file)
    {
        _folder = folder;
        _file = file;
    }

    /// <summary>Gets the file this check's answer is stored in.</summary>
    public string File => _file;

    /// <summary>The answer file of one check: named by all that is not read through <see cref="Inputs"/>.</summary>
    public static AnswerCache For(DirectoryInfo cache, CheckSettings settings, IAnsiConsole console)
    {
        var profile = console.Profile;
        var capabilities = profile.Capabilities;
        string[] key =
        [
            $"format {FormatVersion}",
            .. new[] { typeof(CodeBase), typeof(AnswerCache), typeof(IAnsiConsole) }.Select(t => $"{t.Assembly.GetName().Name} {t.Assembly.ManifestModule.ModuleVersionId}"),
            .. KitFiles(),
            RuntimeInformation.FrameworkDescription,
            $"culture {CultureInfo.CurrentCulture.Name} {CultureInfo.CurrentUICulture.Name}",
            $"folder {WorkingDirectory.Current}",
            $"check {settings.Config.FullName}",
            $"baseline {settings.Baseline?.FullName}",
            $"strict {settings.Strict} all {settings.All} verbose {settings.Verbose}",
            $"contracts-against {settings.ContractsAgainst}",
            $"console {profile.Width} {profile.Encoding.WebName} {capabilities.Ansi} {capabilities.ColorSystem} {capabilities.Unicode} {capabilities.Links} {capabilities.Interactive}",
        ];
        var name = Convert.ToHexString(XxHash128.Hash(Encoding.UTF8.GetBytes(string.Join('\n', key)))).ToLowerInvariant();
        var folder = Path.TrimEndingDirectorySeparator(cache.FullName);
        return new AnswerCache(folder, Path.Combine(folder, "answers", name + ".fkanswer"));
    }

    /// <summary>
    /// Every library the command runs with (Mono.Cecil, the T-SQL parser, ...), by name, length and time: another build
    /// of one beside the same FitnessKit is another kit, whose answers are its own.
    /// </summary>
    private static IEnumerable<string> KitFiles() =>
        new DirectoryInfo(AppContext.BaseDirectory).EnumerateFiles("*.dll")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => $"{f.Name} {f.Length} {f.LastWriteTimeUtc.Ticks}");

    /// <summary>The stored answer when every input it was computed from is unchanged; otherwise why not.</summary>
    public AnswerLookup Find()
    {
        byte[] bytes;
        try
        {
            if (!RegularFile.Exists(_file))
            {
                return AnswerLookup.Miss("no answer is stored for this check yet");
            }

            bytes = System.IO.File.ReadAllBytes(_file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return AnswerLookup.Miss($"the stored answer cannot be read ({exception.Message.TrimEnd('.')})");
        }

        if (!Decode(bytes, out var exitCode, out var output, out var inputs))
        {
            return AnswerLookup.Miss("the stored answer is damaged");
        }

        var changed = new string?[inputs.Length];
        SideBySide.For(inputs.Length, Environment.ProcessorCount, i =>
        {
            try
            {
                if (InputState.Of(inputs[i].Input).Checksum != inputs[i].Checksum)
                {
                    changed[i] = Inputs.Describe(inputs[i].Input.Name);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Cannot be read as it was: changed, as far as this answer goes.
                changed[i] = Inputs.Describe(inputs[i].Input.Name);
            }
        });

        return Array.Find(changed, c => c is not null) is { } first
            ? AnswerLookup.Miss($"{first} changed since the answer was stored{(changed.Count(c => c is not null) is > 1 and var more ? $", and {more - 1} more input{(more > 2 ? "s" : string.Empty)}" : string.Empty)}")
            : AnswerLookup.Hit(exitCode, output, inputs.Length);
    }

    /// <summary>
    /// Creates the cache folder before the check begins, if it is missing: made during the check, it would change the
    /// folder that holds it, which a pattern may search, and the answer would not be stored.
    /// </summary>
    public void Prepare()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Storing the answer will say what is wrong with the folder.
        }
    }

    /// <summary>Stores an answer under the inputs of its log, unless one of them was written since the log was opened.</summary>
    /// <returns>Why it was not stored, or <see langword="null"/> when it was.</returns>
    public string? Store(InputLog log, string output, int exitCode)
    {
        // The cache folder is the kit's own: a pattern that searches the folder holding it lists it, and the check
        // itself writes into it, but nothing in it is an input of the answer.
        var inputs = log.Inputs().Where(i => !IsInCache(i.Name)).ToList();
        var states = new InputFingerprint[inputs.Count];
        try
        {
            SideBySide.For(inputs.Count, Environment.ProcessorCount, i => states[i] = InputState.Of(inputs[i]));
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is IOException or UnauthorizedAccessException))
        {
            return $"an input cannot be read again ({exception.InnerExceptions[0].Message.TrimEnd('.')})";
        }

        if (Enumerable.Range(0, inputs.Count).FirstOrDefault(i => states[i].LastWrite > log.Began, -1) is var written and >= 0)
        {
            return $"{inputs[written].Name} was written while the check read it";
        }

        try
        {
            AtomicFile.Write(_file, stream => stream.Write(Encode(exitCode, output, inputs, states)));
            return null;
        }
        catch (FitnessKitException exception)
        {
            return exception.Message;
        }
    }

    private bool IsInCache(string path) =>
        path.StartsWith(_folder, StringComparison.Ordinal)
        && (path.Length == _folder.Length || path[_folder.Length] == Path.DirectorySeparatorChar || path[_folder.Length] == Path.AltDirectorySeparatorChar);

    private static byte[] Encode(int exitCode, string output, IReadOnlyList<Input> inputs, InputFingerprint[] states)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(FormatVersion);
            writer.Write(exitCode);
            writer.Write(inputs.Count);
            for (var i = 0; i < inputs.Count; i++)
            {
                writer.Write(inputs[i].Name);
                writer.Write((byte)inputs[i].Kind);
                writer.Write((ulong)(states[i].Checksum >> 64));
                writer.Write((ulong)states[i].Checksum);
            }

            writer.Write(output);
        }

        var content = buffer.ToArray();
        var file = new byte[content.Length + SealBytes];
        content.CopyTo(file, 0);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(content.Length), XxHash3.HashToUInt64(content));
        return file;
    }

    private static bool Decode(byte[] file, out int exitCode, out string output, out StoredInput[] inputs)
    {
        exitCode = 0;
        output = string.Empty;
        inputs = [];
        if (file.Length < SealBytes || XxHash3.HashToUInt64(file.AsSpan(0, file.Length - SealBytes)) != BinaryPrimitives.ReadUInt64LittleEndian(file.AsSpan(file.Length - SealBytes)))
        {
            return false;
        }

        try
        {
            using var reader = new BinaryReader(new MemoryStream(file, 0, file.Length - SealBytes), Encoding.UTF8);
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic || reader.ReadInt32() != FormatVersion)
            {
                return false;
            }

            exitCode = reader.ReadInt32();
            var count = reader.ReadInt32();
            if (count < 0 || count > file.Length)
            {
                return false;
            }

            inputs = new StoredInput[count];
            for (var i = 0; i < inputs.Length; i++)
            {
                var name = reader.ReadString();
                var kind = (InputKind)reader.ReadByte();
                var high = reader.ReadUInt64();
                var low = reader.ReadUInt64();
                inputs[i] = new StoredInput(new Input(name, kind), new UInt128(high, low));
            }

            output = reader.ReadString();
            return true;
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or OverflowException or ArgumentException)
        {
            return false;
        }
    }

    private readonly record struct StoredInput(Input Input, UInt128 Checksum);
}

/// <summary>What the answer cache holds for a check: the stored answer, or why there is none to print.</summary>
/// <param name="ExitCode">The stored exit code.</param>
/// <param name="Output">What the check printed.</param>
/// <param name="Inputs">How many inputs were found unchanged.</param>
/// <param name="Reason">Why no answer can be printed, or <see langword="null"/> for a hit.</param>
internal sealed record AnswerLookup(int ExitCode, string Output, int Inputs, string? Reason)
{
    public bool Found => Reason is null;

    public static AnswerLookup Hit(int exitCode, string output, int inputs) => new(exitCode, output, inputs, null);

    public static AnswerLookup Miss(string reason) => new(0, string.Empty, 0, reason);
}
