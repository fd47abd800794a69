namespace Shop.ServiceDefaults;

public static class HostingDefaults
{
    public static string Describe(string service) => $"{service} with health checks and telemetry";
}
