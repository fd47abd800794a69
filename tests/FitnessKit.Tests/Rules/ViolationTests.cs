using FitnessKit.Rules;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>
/// FK001 composes a violation's message and fix when they are first read (a check prints a few of thousands): the
/// violation must say, compare and hash the same whether or not they have been read.
/// </summary>
public sealed class ViolationTests
{
    [Fact]
    public void A_composed_violation_equals_one_made_with_the_same_words_and_hashes_the_same_before_and_after_they_are_read()
    {
        var report = RuleTests.Evaluate(RuleCatalog.All.Where(r => r.Descriptor.Id == "FK001"));
        var found = report.Violations.Where(v => v.SourceType is not null).ToList();
        found.Should().NotBeEmpty("the Rules subjects plant type-level FK001 violations");

        foreach (var violation in found)
        {
            var before = violation.GetHashCode();
            var written = violation with { Message = violation.Message, Fix = violation.Fix };

            violation.GetHashCode().Should().Be(before, "reading the sentences changes no part of the hash");
            written.Should().Be(violation).And.NotBeSameAs(violation);
            written.GetHashCode().Should().Be(violation.GetHashCode());
            (violation with { Baselined = true }).Message.Should().BeSameAs(violation.Message, "a copy keeps the composed words");
        }
    }

    [Fact]
    public void A_copy_made_before_the_sentences_are_read_composes_the_same_words()
    {
        var report = RuleTests.Evaluate(RuleCatalog.All.Where(r => r.Descriptor.Id == "FK001"));
        var violation = report.Violations.First(v => v.SourceType is not null);

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
