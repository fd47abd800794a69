using FitnessKit.Loading;
using FitnessKit.Model;
using FluentAssertions;
using Xunit;

namespace FitnessKit.Tests.Loading;

/// <summary>The names the loading threads share: one instance per name, whichever thread adds it first, while the set grows.</summary>
public sealed class SharedNamesTests
{
    [Fact]
    public void Threads_adding_the_same_names_while_the_set_grows_get_one_instance_of_each()
    {
        var names = new SharedNames(capacity: 4);
        var parts = Enumerable.Range(0, 20_000).Select(i => (Assembly: $"Module{i % 7}", Namespace: $"Shop.Part{i % 13}", Name: $"Type{i}")).ToArray();
        var handedOut = new TypeName[8][];

        Parallel.For(0, handedOut.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            var mine = new TypeName[parts.Length];
            // Each thread in an order of its own (a step prime to the count visits every name), so that they meet on the
            // same names while the array is replaced.
            int[] steps = [1, 3, 7, 11, 13, 17, 19, 23];
            for (var k = 0; k < parts.Length; k++)
            {
                var i = (int)(((long)k * steps[thread] * 7919 + thread) % parts.Length);
                var (assembly, @namespace, name) = parts[i];
                mine[i] = names.Find(new TypeName(assembly, @namespace, name)) ?? names.GetOrAdd(new TypeName(assembly, @namespace, name));
            }

            handedOut[thread] = mine;
        });

        for (var i = 0; i < parts.Length; i++)
        {
            var first = handedOut[0][i];
            first.FullName.Should().Be($"{parts[i].Namespace}.{parts[i].Name}");
            handedOut.Should().AllSatisfy(mine => mine[i].Should().BeSameAs(first));
            names.Find(new TypeName(parts[i].Assembly, parts[i].Namespace, parts[i].Name)).Should().BeSameAs(first);
        }
    }

    [Fact]
    public void Tells_apart_names_of_one_hash_and_finds_nothing_it_was_not_given()
    {
        // A name's hash leaves its assembly out: the same namespace and name in two assemblies share a probe sequence.
        var names = new SharedNames(capacity: 4);
        var sales = names.GetOrAdd(new TypeName("Sales", "Shop.Domain", "Order"));
        var billing = names.GetOrAdd(new TypeName("Billing", "Shop.Domain", "Order"));

        billing.Should().NotBeSameAs(sales);
        names.Find(new TypeName("Sales", "Shop.Domain", "Order")).Should().BeSameAs(sales);
        names.Find(new TypeName("Billing", "Shop.Domain", "Order")).Should().BeSameAs(billing);
        names.Find(new TypeName("Shipping", "Shop.Domain", "Order")).Should().BeNull();
        names.GetOrAdd(new TypeName("Sales", "Shop.Domain", "Order")).Should().BeSameAs(sales);
    }
}
