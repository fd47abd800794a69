using FitnessKit.ContextMapping;
using FitnessKit.Evaluation;
using FitnessKit.Inspection;
using FitnessKit.Rules;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Hostile;

/// <summary>
/// Top-level types whose names start with <c>&lt;</c>, which C# cannot write but an IL rewriter or another compiler can:
/// crafted by renaming a type of the compiled Rules subjects with Mono.Cecil, beside the Ordering assemblies it reaches
/// into. Only the compiler's own top-level types (the module type, private implementation details, the <c>&lt;&gt;</c>
/// names of anonymous types) have no owner and are left out; any other such type is inspected as itself.
/// </summary>
public static class AngleBracketTypeNameTests
{
    private const string Prefix = "FitnessKit.Subjects.Rules";

    /// <summary>Shipping with <paramref name="fullName"/> renamed to <paramref name="newName"/>, and Ordering, checked under the Rules subjects' map.</summary>
    private static FitnessReport Evaluate(TemporaryFolder folder, string fullName, string newName)
    {
        var subjects = Path.Combine(Repository.Root, "artifacts", "subjects");
        foreach (var name in new[] { $"{Prefix}.Ordering", $"{Prefix}.Ordering.Contracts" })
        {
            File.Copy(Path.Combine(subjects, name, name + ".dll"), Path.Combine(folder.Path, name + ".dll"));
        }

        HostileAssemblies.WriteWithTypeRenamed(Path.Combine(subjects, $"{Prefix}.Shipping", $"{Prefix}.Shipping.dll"), fullName, newName, folder.Path);
        var map = ContextMap.Define()
            .Context("Ordering", c => c.Assemblies($"{Prefix}.Ordering.**").Contracts($"{Prefix}.Ordering.Contracts"))
            .Context("Shipping", c => c.Assemblies($"{Prefix}.Shipping"))
            .Build();
        return FitnessCheck.Evaluate(AssemblySource.Folder(folder.Path), map);
    }

    public sealed class A_type_another_tool_named
    {
        [Fact]
        public void Keeps_its_dependencies_and_reports_them_against_it()
        {
            // Given ShipmentPlanner, which calls Ordering's Order aggregate, renamed as a rewriter might name it
            using var folder = new TemporaryFolder();

            // When the assemblies are checked
            var report = Evaluate(folder, $"{Prefix}.Shipping.DomainMethodCall.ShipmentPlanner", "<Woven>ShipmentPlanner");

            // Then the renamed type is a type of its own, and FK001 reports its use of Order
            report.Model.CodeBase.FindTypes($"{Prefix}.Shipping.DomainMethodCall.<Woven>ShipmentPlanner").Should().ContainSingle();
            report.Violations.Should().ContainSingle(v => v.SourceType == $"{Prefix}.Shipping.DomainMethodCall.<Woven>ShipmentPlanner")
                .Which.Should().Match<Violation>(v => v.Rule.Id == "FK001" && v.SourceMember == "Plan" && v.TargetType == $"{Prefix}.Ordering.Domain.Order");
        }

        [Fact]
        public void Folds_the_closures_and_state_machines_nested_in_it_into_the_member_that_owns_them()
        {
            // Given DispatchGate, whose call of Ordering sits in an async lambda's state machine, renamed
            using var folder = new TemporaryFolder();

            // When the assemblies are checked
            var report = Evaluate(folder, $"{Prefix}.Shipping.DomainCallInAsyncLambda.DispatchGate", "<Woven>DispatchGate");

            // Then the call is reported against the renamed type and the method the user wrote, and no generated type is listed
            report.Violations.Should().ContainSingle(v => v.SourceType == $"{Prefix}.Shipping.DomainCallInAsyncLambda.<Woven>DispatchGate")
                .Which.Should().Match<Violation>(v => v.SourceMember == "CanDispatchAsync" && v.TargetType == $"{Prefix}.Ordering.Domain.OrderPayments");
            report.Model.CodeBase.Types.Should().NotContain(t => t.Name.IsCompilerGenerated);
        }
    }

    public sealed class A_file_local_type_without_its_PDB
    {
        [Fact]
        public void Is_said_to_be_in_the_file_its_compiled_name_records()
        {
            // Given Shipping copied without its PDB (Cecil writes no symbols), its file-local LabelWriter included
            using var folder = new TemporaryFolder();

            // When the assemblies are checked
            var report = Evaluate(folder, $"{Prefix}.Shipping.DomainMethodCall.ShipmentPlanner", "<Woven>ShipmentPlanner");

            // Then FK001 still names it as written, by the file its compiled name records, and has no line for it
            var violation = report.Violations.Should().ContainSingle(v => v.SourceType == $"{Prefix}.Shipping.FileLocalDomainUse.LabelWriter@FileLocalDomainUse").Subject;
            violation.Message.Should().StartWith($"{Prefix}.Shipping.FileLocalDomainUse.LabelWriter.Write (file-local in file FileLocalDomainUse) in context Shipping uses ");
            violation.Location.Should().BeNull();
        }
    }

    public sealed class A_type_named_as_the_compiler_names_its_own
    {
        [Fact]
        public void Is_left_out_with_its_code_as_anonymous_types_are()
        {
            // Given ShipmentPlanner renamed into the compiler's <> names (anonymous types, anonymous delegates)
            using var folder = new TemporaryFolder();

            // When the assemblies are checked
            var report = Evaluate(folder, $"{Prefix}.Shipping.DomainMethodCall.ShipmentPlanner", "<>f__AnonymousType99");

            // Then it is not inspected (a positive control: the other Shipping scenarios still report)
            report.Model.CodeBase.Types.Should().NotContain(t => t.Name.Name.StartsWith("<>", StringComparison.Ordinal));
            report.Violations.Should().NotContain(v => v.SourceType != null && v.SourceType.Contains("<>", StringComparison.Ordinal));
            report.Violations.Should().Contain(v => v.SourceType == $"{Prefix}.Shipping.DomainFieldOnly.CourierBriefing");
        }
    }
}
