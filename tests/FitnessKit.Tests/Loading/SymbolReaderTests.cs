using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>Portable and embedded PDBs are read with System.Reflection.Metadata; every location it gives is the one Mono.Cecil, the reader of every other PDB, gives.</summary>
public sealed class SymbolReaderTests
{
    public static TheoryData<string> Subjects => new()
    {
        "FitnessKit.Subjects.DependencyKinds",
        "FitnessKit.Subjects.Rules.Ordering",
        "FitnessKit.Subjects.Rules.Monolith",
    };

    [Theory]
    [MemberData(nameof(Subjects))]
    public void The_portable_PDB_reader_finds_the_line_Mono_Cecil_finds_for_every_type_and_dependency(string subject)
    {
        // Given every anchor a report can ask for: each dependency's place in code, and each type
        var path = Repository.Subject(subject);
        var anchors = CodeBase.Load(AssemblySource.Files(path)).Types
            .SelectMany(t => t.Dependencies.Select(d => d.Anchor).Append(CodeAnchor.ForType(t.Token)))
            .Distinct()
            .ToList();
        var portable = PortablePdbSymbols.TryOpen(path);
        var cecil = CecilSymbols.TryOpen(path);

        // Then both readers open the PDB and agree on every anchor, and most anchors have a line
        portable.Should().NotBeNull();
        cecil.Should().NotBeNull();
        var pairs = anchors.Select(a => (Anchor: a, Portable: portable!.Locate(a), Cecil: cecil!.Locate(a))).ToList();
        pairs.Where(p => p.Portable != p.Cecil).Should().BeEmpty();
        pairs.Count(p => p.Portable is not null).Should().BeGreaterThan(anchors.Count / 2);
    }

    [Fact]
    public void An_assembly_without_a_PDB_has_no_portable_symbols()
    {
        using var folder = new TemporaryFolder();
        var copy = Path.Combine(folder.Path, "NoPdb.dll");
        File.Copy(Repository.Subject("FitnessKit.Subjects.Targets"), copy);

        PortablePdbSymbols.TryOpen(copy).Should().BeNull();
    }
}
