using FitnessKit.Loading;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary><c>**</c> and symbolic links (docs/troubleshooting.md): a link to a folder is not followed, so a link back to a parent is no loop; a link to a file is matched like a file.</summary>
public sealed class FileGlobLinkTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _bin;
    private readonly string _assembly;

    public FileGlobLinkTests()
    {
        _bin = Directory.CreateDirectory(Path.Combine(_folder.Path, "bin")).FullName;
        _assembly = Path.Combine(_bin, "Shop.Orders.dll");
        File.WriteAllText(_assembly, "not read by the glob");
        Directory.CreateSymbolicLink(Path.Combine(_bin, "up"), _folder.Path);
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("bin/**")]
    [InlineData("**/*.dll")]
    [InlineData("bin/**/*.dll")]
    [InlineData("**")]
    public void Double_star_does_not_descend_into_a_link_back_to_a_parent_folder(string pattern)
    {
        var matched = InputOutcome.Bounded(() => FileGlob.Expand(_folder.Path, pattern).ToList());

        matched.Where(f => f.EndsWith(".dll", StringComparison.Ordinal)).Should().Equal(_assembly);
    }

    [Fact]
    public void A_named_folder_segment_may_still_pass_through_a_link()
    {
        var matched = FileGlob.Expand(_folder.Path, "bin/up/bin/*.dll");

        matched.Should().Equal(Path.Combine(_bin, "up", "bin", "Shop.Orders.dll"));
    }

    [Fact]
    public void A_link_to_a_file_is_matched_like_a_file()
    {
        var alias = Path.Combine(_bin, "Alias.dll");
        File.CreateSymbolicLink(alias, _assembly);

        FileGlob.Expand(_folder.Path, "bin/**/*.dll").Should().Equal(alias, _assembly);
    }
}
