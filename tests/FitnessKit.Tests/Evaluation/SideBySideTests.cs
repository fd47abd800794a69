using System.Collections.Concurrent;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Evaluation;

/// <summary>The loop that loading, decoding and the rules run side by side with, in place of <c>Parallel.For</c>.</summary>
public sealed class SideBySideTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly AsyncLocal<string?> Caller = new();

    [Fact]
    public void Runs_every_step_once_on_two_threads_each_seeing_what_the_caller_set_for_its_flow()
    {
        // Given two steps that each wait for the other to start, so that a second thread must take one
        using var both = new Barrier(2);
        var seen = new ConcurrentDictionary<int, (int Thread, string? Caller)>();
        Caller.Value = "the caller's";

        // When they run on two threads
        SideBySide.For(2, 2, i =>
        {
            seen[i] = (Environment.CurrentManagedThreadId, Caller.Value);
            both.SignalAndWait(Patience).Should().BeTrue("the other step runs at the same time");
        });

        // Then each ran once, on a thread of its own, with the caller's flow (a test's shortcuts, a check's input log)
        seen.Keys.Should().BeEquivalentTo([0, 1]);
        seen.Values.Select(v => v.Thread).Distinct().Should().HaveCount(2);
        seen.Values.Should().OnlyContain(v => v.Caller == "the caller's");
    }

    [Fact]
    public void Runs_each_of_many_steps_once()
    {
        var runs = new int[1000];

        SideBySide.For(runs.Length, 4, i => Interlocked.Increment(ref runs[i]));

        runs.Should().OnlyContain(r => r == 1);
    }

    [Fact]
    public void On_one_thread_runs_the_steps_in_order_on_the_callers_thread()
    {
        var order = new List<(int Step, int Thread)>();

        SideBySide.ForEach(["a", "b", "c"], 1, item => order.Add((order.Count, Environment.CurrentManagedThreadId)));

        order.Should().Equal((0, Environment.CurrentManagedThreadId), (1, Environment.CurrentManagedThreadId), (2, Environment.CurrentManagedThreadId));
    }

    [Fact]
    public void After_a_step_fails_no_other_starts_and_the_caller_gets_the_failure()
    {
        var started = new List<int>();

        var run = () => SideBySide.For(5, 1, i =>
        {
            started.Add(i);
            if (i == 2)
            {
                throw new InvalidOperationException("step 2 failed");
            }
        });

        run.Should().Throw<AggregateException>().Which.InnerExceptions.Should().ContainSingle().Which.Message.Should().Be("step 2 failed");
        started.Should().Equal(0, 1, 2);
    }

    [Fact]
    public void Waits_for_a_step_still_running_on_another_thread_before_it_returns()
    {
        using var started = new ManualResetEventSlim();
        var caller = Environment.CurrentManagedThreadId;
        var finished = 0;

        SideBySide.For(2, 2, _ =>
        {
            if (Environment.CurrentManagedThreadId == caller)
            {
                // The caller's step returns once the other has started, and finds no step left to take
                started.Wait(Patience).Should().BeTrue("another thread takes the other step");
                return;
            }

            started.Set();
            Thread.Sleep(200);
            Volatile.Write(ref finished, 1);
        });

        Volatile.Read(ref finished).Should().Be(1, "the loop returns once the other thread's step is done");
    }
}
