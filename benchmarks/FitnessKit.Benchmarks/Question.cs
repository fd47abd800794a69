namespace FitnessKit.Benchmarks;

/// <summary>
/// The one question every engine answers: which types in the subject namespace (and below) depend on a type in the
/// forbidden namespace (and below)? Answers are sets of type names, nested types joined with '+', compiler-generated
/// nested types folded into the type the user wrote, so that engines can be compared type by type.
/// </summary>
internal sealed record Question(string SubjectNamespace, string ForbiddenNamespace)
{
    public static Question Framework { get; } = new("Microsoft.AspNetCore", "System.Text.Json");

    public bool IsSubject(string @namespace) => InOrBelow(@namespace, SubjectNamespace);

    public bool IsForbidden(string @namespace) => InOrBelow(@namespace, ForbiddenNamespace);

    /// <summary>Normalises a type name from any engine: '/' to '+', compiler-generated nested parts dropped.</summary>
    public static string Owner(string fullName)
    {
        var parts = fullName.Replace('/', '+').Split('+');
        var kept = parts.TakeWhile((p, i) => i == 0 || !p.StartsWith('<')).ToArray();
        return string.Join('+', kept);
    }

    private static bool InOrBelow(string @namespace, string root) =>
        @namespace.Length >= root.Length && @namespace.StartsWith(root, StringComparison.Ordinal)
        && (@namespace.Length == root.Length || @namespace[root.Length] == '.');
}
