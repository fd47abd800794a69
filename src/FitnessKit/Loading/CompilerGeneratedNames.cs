using System.Reflection.Metadata;
using FitnessKit.Model;

namespace FitnessKit.Loading;

/// <summary>
/// Reads the names the C# compiler gives to the code it generates, to find the member the user wrote:
/// <c>&lt;Run&gt;d__3</c> (async or iterator state machine of <c>Run</c>), <c>&lt;Run&gt;b__3_0</c> (lambda in
/// <c>Run</c>), <c>&lt;Run&gt;g__Local|3_0</c> (local function in <c>Run</c>), <c>&lt;&lt;Run&gt;b__0&gt;d</c>
/// (state machine of an async lambda in <c>Run</c>), <c>&lt;&gt;c__DisplayClass3_0</c> (closure: no name, found from
/// the method that creates it).
/// </summary>
/// <remarks>
/// A type is the compiler's when it is nested in another and its name starts with <c>&lt;</c>: its code is the code of
/// the type it is nested in. A top-level type whose name starts with <c>&lt;</c> is the compiler's only when it is one
/// of the compiler's own (<see cref="TopLevelTypeNames.IsCompilerOwned"/>); a file-local type (<c>&lt;Foo&gt;F…__Hidden</c>)
/// and a name another tool gave are types of their own.
/// </remarks>
internal static class CompilerGeneratedNames
{
    /// <summary>How the name of a field of a generated type starts when it is compiler bookkeeping (state, builder, awaiter, <c>this</c>, cached delegate) rather than a hoisted or captured local.</summary>
    public const string BookkeepingPrefix = "<>";

    /// <summary>Whether a member's name (a method, a field) is the compiler's: it starts with <c>&lt;</c>.</summary>
    public static bool IsGenerated(string name) => name.Length > 0 && name[0] == '<';

    /// <summary>Whether a type definition is the compiler's (see the remarks), its name read as a string only when it starts with <c>&lt;</c>.</summary>
    public static bool IsGeneratedType(MetadataReader metadata, TypeDefinition definition) =>
        metadata.StringComparer.StartsWith(definition.Name, "<")
        && (!definition.GetDeclaringType().IsNil || TopLevelTypeNames.IsCompilerOwned(metadata.GetString(definition.Name)));


    /// <summary>Returns the user member a generated name belongs to, or <see langword="null"/> when the name does not say.</summary>
    public static string? UserMemberOf(string generatedName)
    {
        var start = 0;
        while (start < generatedName.Length && generatedName[start] == '<')
        {
            start++;
        }

        if (start == 0)
        {
            return null;
        }

        var end = generatedName.IndexOf('>', start);
        return end <= start ? null : generatedName[start..end];
    }
}
