using FitnessKit.Configuration;
using FitnessKit.Inspection;
using FitnessKit.Loading;
using FitnessKit.Tests.TestSupport;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>
/// Decoding an assembly interns the names it meets first for that assembly only, so that they die with it; a name the
/// code base's table knows (a type a loaded assembly defines) is still one instance everywhere.
/// </summary>
public sealed class TypeNameTableTests
{
    [Fact]
    public void A_decoding_table_hands_out_the_shared_instance_of_a_name_the_code_base_knows()
    {
        var table = new TypeNameTable();
        var known = table.Get("Orders", "Orders.Domain", "Order");

        var decoding = table.ForDecoding();

        decoding.Get("Orders", "Orders.Domain", "Order").Should().BeSameAs(known);
    }

    [Fact]
    public void A_name_first_met_while_decoding_is_one_instance_in_that_decoding_and_stays_out_of_the_code_base_table()
    {
        var table = new TypeNameTable();
        var decoding = table.ForDecoding();

        var first = decoding.Get("System.Runtime", "System", "Guid");
        var again = decoding.Get("System.Runtime", "System", "Guid");
        var elsewhere = table.ForDecoding().Get("System.Runtime", "System", "Guid");
        var shared = table.Get("System.Runtime", "System", "Guid");

        again.Should().BeSameAs(first);
        elsewhere.Should().Be(first).And.NotBeSameAs(first, "another assembly's decoding has a table of its own");
        shared.Should().Be(first).And.NotBeSameAs(first, "the code base's table never took the name");
    }

    [Fact]
    public void A_decoding_table_made_from_another_asks_the_code_base_table()
    {
        var table = new TypeNameTable();
        var known = table.Get("Orders", "Orders.Domain", "Order");

        var nested = table.ForDecoding().ForDecoding();

        nested.Get("Orders", "Orders.Domain", "Order").Should().BeSameAs(known);
    }

    [Fact]
    public void A_table_for_one_thread_interns_names_and_forgets_them_on_request()
    {
        var table = TypeNameTable.ForOneThread();
        var first = table.Get("Shipping", "Shipping.Data", "Parcel");

        table.Get("Shipping", "Shipping.Data", "Parcel").Should().BeSameAs(first);
        table.ForDecoding().Get("Shipping", "Shipping.Data", "Parcel").Should().BeSameAs(first);
        table.Forget();
        table.Get("Shipping", "Shipping.Data", "Parcel").Should().Be(first).And.NotBeSameAs(first);
    }

    [Fact]
    public void Decoded_dependencies_on_types_of_the_code_base_hold_the_names_of_those_types()
    {
        // Given the broken sample, loaded and decoded
        var codeBase = CodeBase.Load(FitnessConfig.Load(Path.Combine(Repository.Sample(ShopSample.Broken), "fitness.json")).Assemblies);

        // When the dependencies whose targets are types of the code base are read
        var onInspectedTypes = codeBase.Types
            .SelectMany(type => type.Dependencies)
            .Select(dependency => (dependency.Target, Type: codeBase.FindType(dependency.Target)))
            .Where(pair => pair.Type is not null)
            .ToList();

        // Then each holds the very name its target type has, not a copy made while decoding
        onInspectedTypes.Should().NotBeEmpty();
        onInspectedTypes.Should().OnlyContain(pair => ReferenceEquals(pair.Target, pair.Type!.Name));
    }

    [Fact]
    public void A_name_handed_out_keeps_its_parts_when_the_table_is_asked_for_others()
    {
        // The table looks a name up without making one; what it hands out is a name of its own, never the one it
        // looked up by, which it aims at the next name asked for.
        var table = new TypeNameTable();
        var decoding = table.ForDecoding();
        var order = table.Get("Orders", "Orders.Domain", "Order");
        var guid = decoding.Get("System.Runtime", "System", "Guid");

        _ = table.Get("Shipping", "Shipping.Data", "Parcel");
        _ = decoding.Get("System.Runtime", "System", "Int32");
        _ = decoding.Get("Orders", "Orders.Domain", "Order");

        order.FullName.Should().Be("Orders.Domain.Order");
        (order.Assembly, order.Namespace, order.Name).Should().Be(("Orders", "Orders.Domain", "Order"));
        (guid.Assembly, guid.Namespace, guid.Name).Should().Be(("System.Runtime", "System", "Guid"));
        table.Get("Orders", "Orders.Domain", "Order").Should().BeSameAs(order);
        decoding.Get("System.Runtime", "System", "Guid").Should().BeSameAs(guid);
    }
}
