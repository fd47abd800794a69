using System.Runtime.InteropServices;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// Pointing the assemblies at every service's build output (FitnessKit.Subjects.Services.*): each holds its own copy
/// of the shared EventBus library, its own version of Dapper, and satellite assemblies for its resources. That is no
/// error, and the system's own assemblies are told from the packages.
/// </summary>
public sealed class BuildOutputTests
{
    private const string Prefix = "FitnessKit.Subjects.Services";

    private static readonly Lazy<CodeBase> Services = new(() =>
        CodeBase.Load(AssemblySource.Glob(Path.Combine(Repository.Root, "artifacts", "subjects"), $"{Prefix}.*/**/*.dll")));

    private static string Output(string service, string file) => Path.Combine(Repository.Root, "artifacts", "subjects", $"{Prefix}.{service}", file);

    public sealed class Two_builds_of_a_third_party_assembly
    {
        [Fact]
        public void Should_read_the_newest_and_say_which_build_was_left_out()
        {
            var dapper = Services.Value.Assemblies.Should().ContainSingle(a => a.Name == "Dapper").Subject;

            dapper.Path.Should().Be(Output("Ordering", "Dapper.dll"));
            dapper.PackageVersion.Should().Be("2.1.86");
            Services.Value.SkippedFiles.Should().ContainSingle(s => s.Path == Output("Basket", "Dapper.dll"))
                .Which.Reason.Should().Be($"another build of third-party Dapper 2.1.66 (a package (Dapper 2.1.66) in {Prefix}.Basket.deps.json); {Output("Ordering", "Dapper.dll")} 2.1.86 is read instead");
        }

        [Fact]
        public void Should_still_refuse_two_different_builds_of_a_first_party_assembly()
        {
            using var folder = new TemporaryFolder();
            var subject = Repository.Subject($"{Prefix}.EventBus");
            foreach (var service in new[] { "a", "b" })
            {
                Directory.CreateDirectory(Path.Combine(folder.Path, service));
                File.Copy(Path.ChangeExtension(subject, ".pdb"), Path.Combine(folder.Path, service, $"{Prefix}.EventBus.pdb"));
            }

            File.Copy(subject, Path.Combine(folder.Path, "a", $"{Prefix}.EventBus.dll"));
            File.WriteAllBytes(Path.Combine(folder.Path, "b", $"{Prefix}.EventBus.dll"), WithAnotherMvid(File.ReadAllBytes(subject), Services.Value.Assemblies.Single(a => a.Name == $"{Prefix}.EventBus").Mvid));

            var load = () => CodeBase.Load(AssemblySource.Glob(folder.Path, "**/*.dll"));

            load.Should().Throw<FitnessKitException>().WithMessage($"{Prefix}.EventBus: two different builds of this assembly were given*");
        }

        /// <summary>The same assembly as another build would be: every copy of its MVID replaced.</summary>
        private static byte[] WithAnotherMvid(byte[] image, Guid mvid)
        {
            var old = mvid.ToByteArray();
            var replacement = Guid.NewGuid().ToByteArray();
            var replaced = 0;
            for (var i = image.AsSpan().IndexOf(old); i >= 0; i = image.AsSpan().IndexOf(old))
            {
                replacement.CopyTo(image, i);
                replaced++;
            }

            replaced.Should().BeGreaterThan(0, "the MVID is in the #GUID heap");
            return image;
        }
    }

    public sealed class Satellite_assemblies
    {
        [Fact]
        public void Should_be_skipped_as_resources_and_never_collide_across_cultures()
        {
            var skipped = Services.Value.SkippedFiles.Where(s => s.Path.EndsWith(".resources.dll", StringComparison.Ordinal)).ToList();

            skipped.Select(s => Path.GetRelativePath(Path.Combine(Repository.Root, "artifacts", "subjects"), s.Path).Replace('\\', '/')).Should().BeEquivalentTo(
                $"{Prefix}.Ordering/fr/{Prefix}.Ordering.resources.dll",
                $"{Prefix}.Ordering/de/{Prefix}.Ordering.resources.dll",
                $"{Prefix}.Basket/fr/{Prefix}.Basket.resources.dll");
            skipped.Should().ContainSingle(s => s.Path.Contains("/de/", StringComparison.Ordinal))
                .Which.Reason.Should().Be($"a satellite assembly (the 'de' resources of {Prefix}.Ordering.resources: no code to inspect)");
        }
    }

    public sealed class Origins
    {
        [Theory]
        [InlineData($"{Prefix}.Ordering", AssemblyOrigin.FirstParty, $"a project in {Prefix}.")]
        [InlineData($"{Prefix}.EventBus", AssemblyOrigin.FirstParty, $"a project in {Prefix}.")]
        [InlineData("Dapper", AssemblyOrigin.ThirdParty, "a package (Dapper 2.1.86) in ")]
        public void Should_come_from_the_deps_json_beside_the_assembly(string name, AssemblyOrigin origin, string evidence)
        {
            var assembly = Services.Value.Assemblies.Single(a => a.Name == name);

            assembly.Origin.Should().Be(origin);
            assembly.OriginEvidence.Should().StartWith(evidence);
        }

        [Fact]
        public void Should_come_from_the_symbols_beside_an_assembly_that_no_deps_json_lists()
        {
            using var folder = new TemporaryFolder();
            var subject = Repository.Subject($"{Prefix}.EventBus");
            File.Copy(subject, Path.Combine(folder.Path, Path.GetFileName(subject)));
            File.Copy(Path.ChangeExtension(subject, ".pdb"), Path.Combine(folder.Path, Path.GetFileName(Path.ChangeExtension(subject, ".pdb"))));

            var assembly = CodeBase.Load(AssemblySource.Folder(folder.Path)).Assemblies.Single();

            assembly.IsFirstParty.Should().BeTrue();
            assembly.OriginEvidence.Should().Be($"its symbols ({Prefix}.EventBus.pdb) lie beside it");
        }

        [Fact]
        public void Should_be_third_party_for_an_assembly_of_the_dotnet_installation()
        {
            var runtime = Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "System.Collections.dll");

            var assembly = CodeBase.Load(AssemblySource.Files(runtime)).Assemblies.Single();

            assembly.Origin.Should().Be(AssemblyOrigin.ThirdParty);
            assembly.OriginEvidence.Should().Be("it lies in the .NET installation");
        }
    }

    public sealed class Reference_assemblies
    {
        [Fact]
        public void Should_recognise_one_that_defines_its_own_ReferenceAssemblyAttribute_as_the_ref_pack_System_Runtime_does()
        {
            var refPack = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/', '\\')))!)!, "packs", "Microsoft.NETCore.App.Ref");
            var systemRuntime = Directory.EnumerateFiles(refPack, "System.Runtime.dll", SearchOption.AllDirectories).First();
            using var folder = new TemporaryFolder();
            File.Copy(systemRuntime, Path.Combine(folder.Path, "System.Runtime.dll"));

            var codeBase = CodeBase.Load(AssemblySource.Folder(folder.Path).And(AssemblySource.Files(Repository.Subject($"{Prefix}.EventBus"))));

            codeBase.Assemblies.Should().NotContain(a => a.Name == "System.Runtime");
            codeBase.SkippedFiles.Should().ContainSingle().Which.Reason.Should().StartWith("a reference assembly");
        }
    }
}
