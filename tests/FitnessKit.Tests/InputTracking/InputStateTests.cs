using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.InputTracking;

/// <summary>An input's state changes when what was read of it changes, and only then.</summary>
public sealed class InputStateTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_changed_in_one_byte_with_its_length_and_time_kept_has_another_state()
    {
        var file = Path.Combine(_folder.Path, "a.dll");
        File.WriteAllBytes(file, [1, 2, 3, 4]);
        var written = File.GetLastWriteTimeUtc(file);
        var before = State(file, InputKind.Content);

        File.WriteAllBytes(file, [1, 2, 3, 5]);
        File.SetLastWriteTimeUtc(file, written);

        State(file, InputKind.Content).Should().NotBe(before);
    }

    [Fact]
    public void A_file_of_several_megabytes_changed_in_one_byte_of_its_last_one_or_with_two_swapped_has_another_state()
    {
        // Given a file of three megabytes and a half, each megabyte of other bytes (a state reads it a megabyte at a time)
        const int Megabyte = 1 << 20;
        var bytes = new byte[(3 * Megabyte) + (Megabyte / 2)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((i / Megabyte * 31) + (i % 251));
        }

        var file = Path.Combine(_folder.Path, "large.dll");
        File.WriteAllBytes(file, bytes);
        var before = State(file, InputKind.Content);

        // When a byte of the last half megabyte changes, then the first two megabytes swap places
        var changed = (byte[])bytes.Clone();
        changed[^7] ^= 1;
        File.WriteAllBytes(file, changed);
        var oneByte = State(file, InputKind.Content);
        var swapped = (byte[])bytes.Clone();
        bytes.AsSpan(0, Megabyte).CopyTo(swapped.AsSpan(Megabyte));
        bytes.AsSpan(Megabyte, Megabyte).CopyTo(swapped);
        File.WriteAllBytes(file, swapped);

        // Then each is another state, and the file written back as it was has its first state again
        new[] { before, oneByte, State(file, InputKind.Content) }.Should().OnlyHaveUniqueItems();
        File.WriteAllBytes(file, bytes);
        State(file, InputKind.Content).Should().Be(before);
    }

    [Fact]
    public void A_file_written_again_with_the_same_bytes_keeps_its_state()
    {
        var file = Path.Combine(_folder.Path, "a.dll");
        File.WriteAllBytes(file, [1, 2, 3, 4]);
        var before = State(file, InputKind.Content);

        File.WriteAllBytes(file, [1, 2, 3, 4]);
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));

        State(file, InputKind.Content).Should().Be(before);
    }

    [Fact]
    public void A_path_looked_for_changes_state_when_a_file_or_folder_appears()
    {
        var path = Path.Combine(_folder.Path, "later");
        var missing = State(path, InputKind.Presence);

        File.WriteAllText(path, "x");
        var file = State(path, InputKind.Presence);
        File.Delete(path);
        Directory.CreateDirectory(path);

        new[] { missing, file, State(path, InputKind.Presence) }.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_listed_folder_changes_state_when_an_entry_is_added_or_renamed_not_when_one_is_rewritten()
    {
        var entry = Path.Combine(_folder.Path, "a.dll");
        File.WriteAllText(entry, "x");
        var before = State(_folder.Path, InputKind.Listing);

        File.WriteAllText(entry, "y");
        var rewritten = State(_folder.Path, InputKind.Listing);
        File.Move(entry, Path.Combine(_folder.Path, "b.dll"));
        var renamed = State(_folder.Path, InputKind.Listing);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "sub"));

        rewritten.Should().Be(before);
        renamed.Should().NotBe(before);
        State(_folder.Path, InputKind.Listing).Should().NotBe(renamed);
    }

    [Fact]
    public void A_variable_changes_state_with_its_value()
    {
        const string Name = "FITNESSKIT_INPUT_STATE_TEST";
        Environment.SetEnvironmentVariable(Name, null);
        var unset = State("env:" + Name, InputKind.Variable);
        Environment.SetEnvironmentVariable(Name, "/packages");
        var set = State("env:" + Name, InputKind.Variable);
        Environment.SetEnvironmentVariable(Name, string.Empty);

        new[] { unset, set, State("env:" + Name, InputKind.Variable) }.Should().OnlyHaveUniqueItems();
        Environment.SetEnvironmentVariable(Name, null);
    }

    [Fact]
    public void What_was_read_of_a_file_says_when_it_was_written_and_a_presence_does_not()
    {
        var file = Path.Combine(_folder.Path, "a.dll");
        File.WriteAllText(file, "x");
        var written = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, written);

        InputState.Of(new Input(file, InputKind.Content)).LastWrite.Should().Be(written);
        InputState.Of(new Input(file, InputKind.Presence)).LastWrite.Should().Be(DateTime.MinValue);
    }

    private static UInt128 State(string name, InputKind kind) => InputState.Of(new Input(name, kind)).Checksum;
}
