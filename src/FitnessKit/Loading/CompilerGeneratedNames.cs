using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
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


    private const string BackingFieldSuffix = ">k__BackingField";

    /// <summary>
    /// As <see cref="UserMemberOf(string)"/>, read from the name's bytes in the metadata: only the member it names is made
    /// a string, the one made for the same bytes a moment ago when there is one (<see cref="RepeatedNames"/>). Decoding
    /// reads the name of every lambda, closure and state machine, each of which is made once: over 3,000 assemblies,
    /// 27 MB of names, each cut again for the member.
    /// </summary>
    public static string? UserMemberOf(MetadataReader metadata, StringHandle name)
    {
        if (!TryBytesOf(metadata, name, out var bytes))
        {
            return name.IsNil ? null : UserMemberOf(metadata.GetString(name));
        }

        var start = 0;
        while (start < bytes.Length && bytes[start] == (byte)'<')
        {
            start++;
        }

        // '<' and '>' are single bytes in UTF-8, never part of another character: the member's bytes are its characters'.
        var end = start == 0 ? -1 : bytes[start..].IndexOf((byte)'>');
        return end <= 0 ? null : RepeatedNames.Of(bytes.Slice(start, end));
    }

    /// <summary>The property an auto-property's backing field (<c>&lt;Name&gt;k__BackingField</c>) belongs to, or <see langword="null"/> for another field.</summary>
    public static string? BackingFieldOwner(string fieldName) =>
        fieldName.EndsWith(BackingFieldSuffix, StringComparison.Ordinal) ? UserMemberOf(fieldName) : null;

    /// <summary>As <see cref="BackingFieldOwner(string)"/>, read from the name's bytes in the metadata.</summary>
    public static string? BackingFieldOwner(MetadataReader metadata, StringHandle name)
    {
        if (!TryBytesOf(metadata, name, out var bytes))
        {
            return name.IsNil ? null : BackingFieldOwner(metadata.GetString(name));
        }

        return bytes.EndsWith(">k__BackingField"u8) ? UserMemberOf(metadata, name) : null;
    }

    /// <summary>The UTF-8 bytes of a name in the string heap; <see langword="false"/> for a nil name or one the reader projects (Windows metadata), which only it can make.</summary>
    private static unsafe bool TryBytesOf(MetadataReader metadata, StringHandle name, out ReadOnlySpan<byte> bytes)
    {
        var offset = name.IsNil ? -1 : MetadataTokens.GetHeapOffset(name);
        var size = metadata.GetHeapSize(HeapIndex.String);
        if (offset <= 0 || offset >= size)
        {
            bytes = default;
            return false;
        }

        var heap = new ReadOnlySpan<byte>(metadata.MetadataPointer + metadata.GetHeapMetadataOffset(HeapIndex.String) + offset, size - offset);
        var length = heap.IndexOf((byte)0);
        bytes = length < 0 ? heap : heap[..length];
        return true;
    }

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
