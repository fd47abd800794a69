using FitnessKit.Rules;
using FitnessKit.Tables;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Tables;

/// <summary>Nouns per context: the same concept defined in several contexts, side by side, as information and never as a violation.</summary>
public sealed class NounCatalogTests
{
    [Fact]
    public void Lists_a_noun_two_contexts_define_with_each_definitions_properties()
    {
        var nouns = NounCatalog.Find(DataSubjects.Report.Model, DataSubjects.Tables);

        var customer = nouns.Single(n => n.Name == "Customer");
        customer.Definitions.Select(d => (d.Context, d.Type, d.IsMapped)).Should().Equal(
            ("Sales", "FitnessKit.Subjects.Data.Sales.Customer", true),
            ("Support", "FitnessKit.Subjects.Data.Support.Customer", true));
        customer.Definitions.Should().OnlyContain(d => d.Properties.Contains("Id"));
        nouns.Select(n => n.Name).Should().Contain("Product", "Sales and Catalog both define a Product")
            .And.NotContain("ReportRun", "only Reporting defines it");
    }

    [Fact]
    public void Is_information_that_no_rule_reports()
    {
        DataSubjects.Report.Violations.Should().NotContain(v => v.Message.Contains("defined in several contexts", StringComparison.Ordinal));
        RuleCatalog.Descriptors.Should().NotContain(d => d.Name.Contains("Noun", StringComparison.Ordinal));
    }
}
