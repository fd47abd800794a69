using FitnessKit.Cli;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.InputTracking;

/// <summary>An input log notes every read of its flow of calls, on whichever thread, and nothing else.</summary>
public sealed class InputLogTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Notes_reads_made_on_the_threads_and_tasks_its_flow_starts()
    {
        var files = Enumerable.Range(0, 8).Select(i => Write($"file{i}.txt", "x")).ToArray();
        using var log = InputLog.Open();

        Parallel.For(0, 4, i => Inputs.ReadAllBytes(files[i]));
        await Task.Run(() => Inputs.FileExists(files[4]));
        var thread = new Thread(() => _ = Inputs.ReadLines(files[5]).Count());
        thread.Start();
        thread.Join();
        ThreadPool.QueueUserWorkItem(_ => Inputs.Length(files[6]));
        SpinWait.SpinUntil(() => log.Inputs().Any(i => i.Name == files[6]), TimeSpan.FromSeconds(10));

        log.Inputs().Select(i => i.Name).Should().BeEquivalentTo(files[..7]);
    }

    [Fact]
    public void Notes_each_input_once_with_every_way_it_was_read()
    {
        var file = Write("config.json", "{}");
        var folder = Path.GetDirectoryName(file)!;
        using var log = InputLog.Open();

        Inputs.FileExists(file);
        Inputs.ReadAllBytes(file);
        _ = Inputs.Files(folder).Count();
        Inputs.Variable("FITNESSKIT_INPUT_LOG_TEST");

        log.Inputs().Should().Equal(
            new Input(folder, InputKind.Listing),
            new Input(file, InputKind.Presence | InputKind.Content),
            new Input("env:FITNESSKIT_INPUT_LOG_TEST", InputKind.Variable));
    }

    [Fact]
    public async Task Notes_nothing_of_another_flow_nor_after_it_is_closed()
    {
        var mine = Write("mine.txt", "x");
        var theirs = Write("theirs.txt", "x");
        var later = Write("later.txt", "x");
        using var log = InputLog.Open();

        // Another flow: a task started without this one's context.
        Task other;
        using (ExecutionContext.SuppressFlow())
        {
            other = Task.Run(() => Inputs.ReadAllBytes(theirs));
        }

        await other;

        Inputs.ReadAllBytes(mine);
        log.Dispose();
        Inputs.ReadAllBytes(later);

        log.Inputs().Select(i => i.Name).Should().Equal(mine);
        InputLog.Recording.Should().BeFalse();
    }

    [Fact]
    public void A_log_opened_inside_another_notes_into_both()
    {
        var inner = Write("inner.txt", "x");
        var outer = Write("outer.txt", "x");
        using var outerLog = InputLog.Open();
        Inputs.ReadAllBytes(outer);

        using (var innerLog = InputLog.Open())
        {
            Inputs.ReadAllBytes(inner);
            innerLog.Inputs().Select(i => i.Name).Should().Equal(inner);
        }

        outerLog.Inputs().Select(i => i.Name).Should().Equal(inner, outer);
    }

    [Fact]
    public void An_answer_whose_input_was_written_after_the_check_began_is_not_stored()
    {
        var cache = new DirectoryInfo(Path.Combine(_folder.Path, "cache"));
        var config = new FileInfo(Write("fitness.json", "{}"));
        var answers = AnswerCache.For(cache, new CheckSettings(config), new TestConsole().Console);
        using var log = InputLog.Open();
        Thread.Sleep(20);
        File.WriteAllText(config.FullName, "{ }");
        Inputs.ReadAllBytes(config.FullName);
        log.Dispose();

        var notStored = answers.Store(log, "output", 0);

        notStored.Should().Be($"{config.FullName} was written while the check read it");
        File.Exists(answers.File).Should().BeFalse();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }
}
