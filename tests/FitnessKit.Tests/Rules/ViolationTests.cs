using FitnessKit.Evaluation;
using FitnessKit.Rules;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// FK001 composes a violation's message and fix each time they are read (a check prints a few of thousands, a report
/// writes each once per format): the violation must say, compare and hash the same as one made with its words.
/// </summary>
public sealed class ViolationTests
{
    private static readonly Lazy<FitnessReport> Report = new(() => RuleTests.Evaluate(RuleCatalog.All.Where(r => r.Descriptor.Id == "FK001")));

    [Fact]
    public void A_composed_violation_equals_one_made_with_the_same_words_and_says_them_the_same_at_every_reading()
    {
        var found = Report.Value.Violations.Where(v => v.SourceType is not null).ToList();
        found.Should().NotBeEmpty("the Rules subjects plant type-level FK001 violations");

        foreach (var violation in found)
        {
            var before = violation.GetHashCode();
            var written = violation with { Message = violation.Message, Fix = violation.Fix };

            violation.GetHashCode().Should().Be(before, "reading the sentences changes no part of the hash");
            written.Should().Be(violation).And.NotBeSameAs(violation);
            written.GetHashCode().Should().Be(violation.GetHashCode());
            violation.Message.Should().Be(written.Message).And.NotBeSameAs(written.Message, "each reading composes the words afresh");
            (violation with { Baselined = true }).Fix.Should().Be(violation.Fix, "a copy composes the same words");
        }
    }

    [Fact]
    public void A_copy_composes_the_same_words()
    {
        var violation = Report.Value.Violations.First(v => v.SourceType is not null);

        var copy = violation with { Baselined = true };

        copy.Message.Should().Be(violation.Message).And.Contain(violation.SourceType!.Split('.')[^1]);
        copy.Fix.Should().Be(violation.Fix).And.NotBeEmpty();
        copy.Should().NotBe(violation, "only Baselined differs");
        (copy with { Baselined = false }).Should().Be(violation);
    }

    [Fact]
    public void Violations_that_differ_in_their_words_only_are_not_equal()
    {
        var one = new Violation { Rule = RuleCatalog.ContractsOnly, Message = "One.", Fix = "Fix.", SourceAssembly = "A" };

        one.Should().Be(one with { });
        one.Should().NotBe(one with { Message = "Two." });
        one.Should().NotBe(one with { Fix = "Other fix." });
        one.GetHashCode().Should().Be((one with { }).GetHashCode());
    }
}
