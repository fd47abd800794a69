namespace FitnessKit.Contracts;

/// <summary>
/// How a member's names and numbers on the wire changed between two builds (<see cref="ContractMember.Serialization"/>),
/// serializer by serializer: a message is read by those names, so one changed or dropped breaks every consumer that
/// reads what the other build wrote, though the C# member is the same.
/// </summary>
internal static class SerializationChanges
{
    /// <summary>The differences: whether each breaks consumers, and the clause that says it.</summary>
    /// <param name="old">The approved member.</param>
    /// <param name="now">The current member.</param>
    public static IEnumerable<(bool Breaking, string What)> Between(ContractMember old, ContractMember now)
    {
        var before = old.Serialization.ToDictionary(Serializer, StringComparer.Ordinal);
        var after = now.Serialization.ToDictionary(Serializer, StringComparer.Ordinal);
        foreach (var serializer in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var was = before.GetValueOrDefault(serializer);
            var becomes = after.GetValueOrDefault(serializer);
            if (was is not null && becomes is not null && was != becomes)
            {
                yield return (true, $"is serialized as [{becomes}] now, not [{was}]: a message written with either build loses it when the other reads it");
            }
            else if (was is not null && becomes is null)
            {
                yield return (true, $"lost [{was}]: serialized under its serializer's default name now, a message written with either build loses it when the other reads it");
            }
            else if (was is null && becomes is not null)
            {
                yield return (false, $"is serialized as [{becomes}] now");
            }
        }
    }

    /// <summary>The attribute a wire name is written with: <c>JsonPropertyName</c> of <c>JsonPropertyName("total")</c>.</summary>
    private static string Serializer(string name) => name[..name.IndexOf('(', StringComparison.Ordinal)];
}
