using FitnessKit.Inspection;

namespace FitnessKit.Tests.TestSupport;

/// <summary>A code base's model as lines of text, to compare two reads of the same assemblies (fresh, cached, queried first).</summary>
internal static class ModelDescription
{
    /// <summary>Every decoded fact of every type: dependencies with their surface and anchor, attributes, generic properties and calls.</summary>
    public static List<string> Decoded(CodeBase codeBase) =>
        [.. codeBase.Types.SelectMany(t => t.Dependencies.Select(d => $"{d} {d.IsPublicSurface} {d.Anchor}")
            .Concat(t.Attributes.Select(a => $"{t} [{a}]"))
            .Concat(t.GenericProperties.Select(p => $"{t} {p}"))
            .Concat(t.GenericCalls.Select(c => $"{t} {c.DeclaringType}.{c.Method}<{string.Join(",", c.Arguments)}> in {c.Member}")))];

    /// <summary>What a load reads of every type before decoding: name, token, shape, base type and interfaces.</summary>
    public static List<string> Headers(CodeBase codeBase) =>
        [.. codeBase.Types.Select(t => $"{t} {t.Token} {t.Category} {t.IsAbstract} {t.IsVisibleOutsideAssembly} {t.IsNested} : {t.BaseType} {string.Join(", ", t.Interfaces)}")];
}
