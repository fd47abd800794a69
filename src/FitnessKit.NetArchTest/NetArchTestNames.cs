namespace FitnessKit.NetArchTest;

/// <summary>NetArchTest names types as Mono.Cecil does, nested types joined by <c>/</c>; FitnessKit joins them with <c>+</c>.</summary>
internal static class NetArchTestNames
{
    public static string ToFullName(string cecilFullName) => cecilFullName.Replace('/', '+');
}
