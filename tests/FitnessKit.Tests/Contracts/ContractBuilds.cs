using FitnessKit.Contracts;
using FitnessKit.Loading.Contracts;
using FitnessKit.Tests.TestSupport;

namespace FitnessKit.Tests.Contracts;

/// <summary>The two builds of the contract subject (tests/Subjects/FitnessKit.Subjects.Contracts.V1 and .V2: one assembly name, two folders), the consumer built against V2, and the legacy consumer built against V1.</summary>
internal static class ContractBuilds
{
    public const string Assembly = "FitnessKit.Subjects.Contracts";

    public static string V1 => File(Assembly + ".V1", Assembly);

    public static string V2 => File(Assembly + ".V2", Assembly);

    /// <summary>Gets the consumer's output folder, which holds V2 beside it.</summary>
    public static string ConsumerFolder => Path.GetDirectoryName(File(Assembly + ".Consumer", Assembly + ".Consumer"))!;

    /// <summary>Gets the consumer still built against V1 (tests/Subjects/FitnessKit.Subjects.Contracts.LegacyConsumer), whose code names V1's members.</summary>
    public static string LegacyConsumer => File(Assembly + ".LegacyConsumer", Assembly + ".LegacyConsumer");

    /// <summary>Reads one scenario's namespace of a build.</summary>
    public static ContractSurface Scenario(string build, string scenario) =>
        ContractSurfaceReader.Read(build, Assembly, ns => ns == $"{Assembly}.{scenario}");

    /// <summary>Reads a whole build.</summary>
    public static ContractSurface Whole(string build) => ContractSurfaceReader.Read(build, Assembly, _ => true);

    private static string File(string project, string assembly) =>
        Path.Combine(Repository.Root, "artifacts", "subjects", project, assembly + ".dll");
}
