using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Sdk;

namespace FitnessKit.Tests.TestSupport;

/// <summary>
/// A seeded, time-boxed fuzz loop. Each iteration gets its own <see cref="Random"/> seeded from the run's seed and the
/// iteration number, so a failing input is rebuilt from two numbers. FITNESSKIT_FUZZ_SECONDS sets the time box
/// (default 20 s, for CI); FITNESSKIT_FUZZ_SEED replays a run. A property that throws, or an iteration that runs past a
/// minute (a hang), fails the test with the seed, the iteration and the input's recipe.
/// </summary>
internal static class Fuzzing
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="iteration"/> with fresh randoms until the time box is spent.</summary>
    /// <param name="name">What is fuzzed, for messages.</param>
    /// <param name="iteration">Builds an input from the random and iteration number: its recipe (for messages) and the check of the property on it, which throws when the property fails.</param>
    /// <returns>How many iterations ran, and for how long.</returns>
    public static (int Iterations, TimeSpan Elapsed) Run(string name, Func<Random, int, (string Recipe, Action Check)> iteration)
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FITNESSKIT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var fixedSeed) ? fixedSeed : Environment.TickCount;
        var budget = TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("FITNESSKIT_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 20);
        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < budget)
        {
            // Not HashCode.Combine: it is seeded differently in every process, and a seed must replay.
            var (recipe, check) = iteration(new Random(unchecked((seed * 1_000_003) + count)), count);
            var task = Task.Run(check);
            try
            {
                if (!task.Wait(HangLimit))
                {
                    throw new XunitException($"{name}: iteration {count} of seed {seed} ran longer than {HangLimit.TotalSeconds} s on {recipe}. Replay with FITNESSKIT_FUZZ_SEED={seed}.");
                }
            }
            catch (AggregateException exception)
            {
                throw new XunitException($"{name}: iteration {count} of seed {seed} failed on {recipe} (replay with FITNESSKIT_FUZZ_SEED={seed}):{Environment.NewLine}{exception.InnerException}");
            }

            count++;
        }

        Console.WriteLine($"{name}: {count} iterations in {clock.Elapsed.TotalSeconds:F1} s, seed {seed}.");
        return (count, clock.Elapsed);
    }

    /// <summary>A mutated copy of <paramref name="original"/>: each byte written at its offset (one past the end appends it), then cut to <paramref name="length"/> unless it is -1.</summary>
    public static byte[] Mutated(byte[] original, IReadOnlyList<(int Offset, byte Value)> edits, int length)
    {
        var bytes = new byte[Math.Max(original.Length, edits.Count == 0 ? 0 : edits.Max(e => e.Offset) + 1)];
        original.CopyTo(bytes, 0);
        foreach (var (offset, value) in edits)
        {
            bytes[offset] = value;
        }

        return length < 0 ? bytes : bytes[..length];
    }

    /// <summary>A mutated input as a failure message and a Regressions row write it: <c>name, [offset, 0xVV, ...], length</c>.</summary>
    public static string Recipe(string name, IReadOnlyList<(int Offset, byte Value)> edits, int length)
    {
        var text = new StringBuilder(name).Append(", [");
        text.AppendJoin(", ", edits.Select(e => $"{e.Offset}, 0x{e.Value:X2}"));
        return text.Append("], ").Append(length).ToString();
    }
}
