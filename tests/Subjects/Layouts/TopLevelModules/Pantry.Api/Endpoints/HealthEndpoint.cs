namespace Pantry.Api.Endpoints;

/// <summary>An endpoint of the application's own, a folder of no module: in no context.</summary>
public static class HealthEndpoint
{
    public static string Path => "/health";
}
