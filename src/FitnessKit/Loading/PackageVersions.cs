namespace FitnessKit.Loading;

/// <summary>Orders NuGet package versions (<c>2.1.86</c>, <c>10.0.0-rc.1</c>) by their numeric part; an unknown version is the lowest.</summary>
internal static class PackageVersions
{
    public static Version Parse(string? version)
    {
        if (version is null)
        {
            return new Version(0, 0);
        }

        var numeric = version.Split('-', '+')[0];
        return Version.TryParse(numeric, out var parsed) ? parsed
            : int.TryParse(numeric, out var major) ? new Version(major, 0)
            : new Version(0, 0);
    }
}
