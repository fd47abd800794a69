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
    public void A_locator_that_keeps_one_module_open_reads_each_again_when_asked_after_another_and_gives_the_same_lines()
    {
        // Given every anchor of three subjects with PDBs, asked in turn across them, and one of them copied without its PDB
        using var folder = new TemporaryFolder();
        var noPdb = Path.Combine(folder.Path, "NoPdb.dll");
        File.Copy(Repository.Subject("FitnessKit.Subjects.Targets"), noPdb);
        var perSubject = new[] { "FitnessKit.Subjects.DependencyKinds", "FitnessKit.Subjects.Rules.Ordering", "FitnessKit.Subjects.Rules.Monolith" }.Select(Repository.Subject)
            .Select(path => CodeBase.Load(AssemblySource.Files(path)).Types
                .SelectMany(t => t.Dependencies.Select(d => d.Anchor).Append(CodeAnchor.ForType(t.Token)))
                .Distinct()
                .Select(anchor => (Path: path, Anchor: anchor))
                .ToList())
            .ToList();
        var interleaved = Enumerable.Range(0, perSubject.Max(s => s.Count))
            .SelectMany(i => perSubject.Where(s => i < s.Count).Select(s => s[i]).Append((Path: noPdb, Anchor: CodeAnchor.ForType(0x02000002))))
            .ToList();

        // When a locator that keeps every module open and one that keeps only the last one locate them all
        var keeping = new SymbolLocator();
        var reading = new SymbolLocator(openModules: 1);
        var expected = interleaved.Select(a => keeping.Locate(a.Path, a.Anchor)).ToList();
        var located = interleaved.Select(a => reading.Locate(a.Path, a.Anchor)).ToList();

        // Then they give the same lines, most anchors have one, and the assembly without a PDB has none
        located.Should().Equal(expected);
        located.Count(l => l is not null).Should().BeGreaterThan(interleaved.Count / 2);
        interleaved.Select((a, i) => (a.Path, Location: located[i])).Where(p => p.Path == noPdb).Should().OnlyContain(p => p.Location == null);
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
