using FitnessKit.Configuration;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Persistence;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Rules;

/// <summary>How messages name types and count things: generic types as C# writes them, never a metadata name; a singular for one.</summary>
public static class NamingTests
{
    private const string Catalog = "FitnessKit.Subjects.Output.Catalog";

    public sealed class A_type_name_without_its_definition
    {
        [Theory]
        [InlineData("Repository`2", "Shop.Repository<,>")]
        [InlineData("List`1", "Shop.List<>")]
        [InlineData("Order+Line`1", "Shop.Order+Line<>")]
        [InlineData("Order", "Shop.Order")]
        public void Writes_the_arity_as_an_unbound_generic(string name, string display) =>
            new TypeName("Shop", "Shop", name).DisplayName.Should().Be(display);

        [Theory]
        [InlineData("Odd`")]
        [InlineData("Odd`0")]
        [InlineData("Odd`999")]
        public void Keeps_a_backtick_that_is_no_arity_as_the_metadata_has_it(string name) =>
            new TypeName("Shop", string.Empty, name).DisplayName.Should().Be(name);

        /// <summary>A name keeps the names made of it in one place: whichever is asked first, and from however many threads, each reads the same.</summary>
        [Theory]
        [InlineData("Repository`2", "Shop.Repository`2", "Shop.Repository<,>")]
        [InlineData("Order", "Shop.Order", "Shop.Order")]
        [InlineData("<Foo>F0A1B2C3D__Hidden`1", "Shop.<Foo>F0A1B2C3D__Hidden`1", "Shop.Hidden<>")]
        public void Gives_its_full_and_display_names_whichever_is_asked_first_and_from_many_threads_at_once(string name, string full, string display)
        {
            var fullFirst = new TypeName("Shop", "Shop", name);
            var displayFirst = new TypeName("Shop", "Shop", name);
            var shared = new TypeName("Shop", "Shop", name);

            (fullFirst.FullName, fullFirst.DisplayName).Should().Be((full, display));
            (displayFirst.DisplayName, displayFirst.FullName).Should().Be((display, full));
            var answers = Enumerable.Range(0, 256).AsParallel().WithDegreeOfParallelism(4)
                .Select(i => i % 2 == 0 ? $"{shared.FullName}|{shared.DisplayName}" : $"{shared.DisplayName}|{shared.FullName}".Split('|') is var d ? $"{d[1]}|{d[0]}" : null)
                .Distinct().ToList();
            answers.Should().Equal($"{full}|{display}");
        }
    }

    public sealed class A_type_name_from_the_code_base
    {
        [Fact]
        public void Names_an_open_generic_definition_with_its_parameters() =>
            OutputSubjects.CodeBase.NameOf(new TypeName(Catalog, Catalog + ".Storage", "Repository`2"))
                .Should().Be(Catalog + ".Storage.Repository<TEntity, TKey>");

        [Fact]
        public void Names_a_generic_type_of_a_referenced_assembly_with_its_parameters() =>
            OutputSubjects.CodeBase.NameOf(new TypeName("Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore", "IEntityTypeConfiguration`1"))
                .Should().Be("Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<TEntity>");

        [Fact]
        public void Names_a_closed_generic_with_its_arguments()
        {
            var use = new TypeUse(new TypeName(Catalog, Catalog + ".Storage", "Repository`2"), [
                new TypeUse(new TypeName(Catalog, Catalog + ".Scenarios", "ProductRecord"), []),
                new TypeUse(new TypeName("System.Runtime", "System", "Int32"), [])]);

            CodeBase.NameOf(use, null, qualified: false).Should().Be("Repository<ProductRecord, Int32>");
        }
    }

    public sealed class A_message
    {
        [Fact]
        public void Names_the_type_parameters_of_a_generic_entity_configuration_never_a_placeholder()
        {
            var persistence = PersistenceCatalog.Build(OutputSubjects.CodeBase).Find(new TypeName(Catalog, Catalog + ".Scenarios", "AuditedConfiguration`1"));

            persistence!.Evidence.Should().Be("implements IEntityTypeConfiguration<TEntity>");
        }

        [Fact]
        public void Of_FK001_names_a_generic_target_as_csharp_does()
        {
            var report = FitnessCheck.Evaluate(OutputSubjects.CodeBase, FitnessConfig.Load(OutputSubjects.Config.FullName).Map);
            var message = report.Violations.Single(v => v.SourceType!.EndsWith("StockReader", StringComparison.Ordinal) && v.TargetType!.Contains("Repository", StringComparison.Ordinal)).Message;

            message.Should().StartWith($"FitnessKit.Subjects.Output.Sales.Scenarios.StockReader.Read in context Sales uses {Catalog}.Storage.Repository<TEntity, TKey> (")
                .And.NotContain("`").And.NotContain("!0");
        }
    }

    public sealed class A_count
    {
        [Theory]
        [InlineData(0, "violation", null, "0 violations")]
        [InlineData(1, "violation", null, "1 violation")]
        [InlineData(1, "rule", null, "1 rule")]
        [InlineData(2, "rule", null, "2 rules")]
        [InlineData(6448, "violation", null, "6,448 violations")]
        [InlineData(1, "entry", "entries", "1 entry")]
        [InlineData(3, "assembly", "assemblies", "3 assemblies")]
        public void Is_singular_for_one_and_plural_otherwise(int count, string noun, string? plural, string expected) =>
            Phrases.Count(count, noun, plural).Should().Be(expected);
    }
}
