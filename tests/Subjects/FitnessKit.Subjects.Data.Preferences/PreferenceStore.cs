using Microsoft.Azure.Cosmos;

namespace FitnessKit.Subjects.Data.Preferences;

/// <summary>A customer's preferences, kept in a Cosmos DB container the context alone uses.</summary>
public sealed class PreferenceStore(CosmosClient client)
{
    private readonly Container _container = client.GetContainer("preferences", "customer_preferences");

    public Task<ItemResponse<CustomerPreference>> SaveAsync(CustomerPreference preference) =>
        _container.UpsertItemAsync(preference, new PartitionKey(preference.CustomerId));
}

/// <summary>One customer's preference.</summary>
public sealed class CustomerPreference
{
    public string Id { get; set; } = string.Empty;

    public string CustomerId { get; set; } = string.Empty;

    public bool Newsletter { get; set; }
}
