using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// Approved-file snapshots: output is compared with <c>Snapshots/&lt;name&gt;.approved.txt</c> beside the test source.
/// On a difference the actual text is written to <c>.received.txt</c> next to it and the test fails with the first
/// differing line. Set FITNESSKIT_APPROVE=1 to accept the received text.
/// </summary>
internal static class Approvals
{
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var approved = Path.Combine(folder, name + ".approved.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        var normalized = Normalize(actual);
        if (Environment.GetEnvironmentVariable("FITNESSKIT_APPROVE") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(approved, normalized);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(approved) ? Normalize(File.ReadAllText(approved)) : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, normalized);
        throw new XunitException(expected is null
            ? $"No approved snapshot {approved}. Review {received} and rename it to .approved.txt (or run with FITNESSKIT_APPROVE=1)."
            : $"Snapshot {name} differs from {approved}:{Environment.NewLine}{FirstDifference(expected, normalized)}{Environment.NewLine}Received text: {received}");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "<end>";
            var b = i < right.Length ? right[i] : "<end>";
            if (a != b)
            {
                return $"line {i + 1}:{Environment.NewLine}  approved: {a}{Environment.NewLine}  received: {b}";
            }
        }

        return "(no line differs)";
    }
}
