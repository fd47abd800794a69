using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// A cycle through 50,000 contexts (each a namespace whose one class holds a field of the next one's): the search for
/// groups of contexts in cycles works without recursion, so the stack cannot overflow (the recursive search the reports used before overflowed a thread pool thread's stack from about 40,000 contexts in a ring), and FK009 says it in a message of
/// bounded length, while its data keeps the whole path.
/// </summary>
public sealed class ContextRingTests : IDisposable
{
    private const int Contexts = 50_000;

    private readonly string _folder = Directory.CreateTempSubdirectory("fitnesskit-context-ring-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Reports_a_cycle_through_50000_contexts_once_in_a_message_of_bounded_length()
    {
        // Given one cycle through 50,000 contexts
        var ring = HostileAssemblies.WriteRing(_folder, Contexts);
        var map = ContextMap.Define();
        for (var i = 0; i < Contexts; i++)
        {
            var name = $"C{i}";
            map.Context(name, c => c.Namespaces($"Ring.{name}"));
        }

        // When FK009 is checked
        var report = InputOutcome.Bounded(() => FitnessCheck.Evaluate(CodeBase.Load(AssemblySource.Files(ring)), map.Build(), [RuleCatalog.Get("FK009")]));

        // Then it is one violation, whose path holds every context and whose sentence tells the first steps and the closing one
        var violation = report.Violations.Should().ContainSingle().Subject;
        violation.Related.Should().HaveCount(Contexts + 1).And.StartWith("C0").And.EndWith("C0");
        violation.Message.Length.Should().BeLessThan(3_000);
        violation.Message.Should().StartWith("Contexts C0, C1, C2, C3, C4, C5, C6, C7 and 49,992 more depend on each other in a cycle, C0 -> C1 -> C2 -> C3 -> C4 -> C5 -> C6 -> (49,992 more contexts) -> C49999 -> C0.")
            .And.Contain("The 49,992 steps after it are not told here.")
            .And.Contain("C49999 -> C0, which closes the cycle: Ring.C49999.Link.Next uses Ring.C0.Link (field type)");
    }
}
