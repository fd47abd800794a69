using Microsoft.Azure.Cosmos;

namespace FitnessKit.Subjects.Data.Preferences;

/// <summary>A second container, created on a database the code asks the client for by name.</summary>
public sealed class Consents(CosmosClient client)
{
    public Task<ContainerResponse> EnsureAsync() =>
        client.GetDatabase("preferences").CreateContainerIfNotExistsAsync("consents", "/customerId");
}
