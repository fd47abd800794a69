using FitnessKit.Loading;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>Segments without wildcards: taken as named when an entry has that exact name, else matched ignoring case, as wildcard segments are.</summary>
public sealed class FileGlobLiteralTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _assembly;

    public FileGlobLiteralTests()
    {
        var bin = Directory.CreateDirectory(Path.Combine(_folder.Path, "src", "Orders", "bin")).FullName;
        _assembly = Path.Combine(bin, "Shop.Orders.dll");
        File.WriteAllText(_assembly, "not read by the glob");
        File.WriteAllText(Path.Combine(bin, "Shop.Billing.dll"), "not read by the glob");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_full_path_names_its_one_file()
    {
        FileGlob.Expand("/", _assembly).Should().Equal(_assembly);
    }

    [Fact]
    public void A_relative_path_without_wildcards_names_its_one_file()
    {
        FileGlob.Expand(_folder.Path, "src/Orders/bin/Shop.Orders.dll").Should().Equal(_assembly);
    }

    [Fact]
    public void A_literal_segment_written_in_another_case_still_matches()
    {
        FileGlob.Expand(_folder.Path, "SRC/orders/BIN/shop.orders.DLL").Should().Equal(_assembly);
    }

    [Fact]
    public void A_literal_folder_before_a_wildcard_leads_to_the_files_it_holds()
    {
        FileGlob.Expand(_folder.Path, "src/Orders/bin/Shop.*.dll").Should().HaveCount(2).And.Contain(_assembly);
    }

    [Fact]
    public void A_full_path_to_a_file_asks_after_that_file_only_not_every_folder_above_it()
    {
        using var log = InputLog.Open();

        FileGlob.Expand("/", _assembly).Should().Equal(_assembly);

        log.Inputs().Should().Equal(new Input(_assembly, InputKind.Presence));
    }

    [Fact]
    public void A_literal_path_with_a_dot_segment_is_walked_and_names_its_file_without_the_dot()
    {
        FileGlob.Expand(_folder.Path, "src/./Orders/bin/../bin/Shop.Orders.dll").Should().Equal(_assembly);
    }

    [Fact]
    public void A_literal_path_to_nothing_matches_nothing()
    {
        FileGlob.Expand(_folder.Path, "src/Orders/bin/Shop.Shipping.dll").Should().BeEmpty();
    }
}
