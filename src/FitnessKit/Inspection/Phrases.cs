using System.Globalization;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Inspection;

/// <summary>The words rules use for code, so every message names things the same way.</summary>
internal static class Phrases
{
    public static string Member(string type, string? member) => member switch
    {
        null or "" => type,
        ".ctor" => $"{type} (constructor)",
        ".cctor" => $"{type} (static constructor)",
        _ => $"{type}.{member}",
    };

    /// <summary>
    /// A member of a type as messages name it (<see cref="Member(string, string?)"/>), the type named as the user wrote
    /// it; a file-local type says which file holds it, since another file may hold a type of the same name:
    /// <c>Shop.Orders.Hidden.Make (file-local in Hidden.cs)</c>. The file is the one the PDB gives
    /// <paramref name="location"/> in; without one, it is the file as the type's compiled name records it, without its
    /// extension (<c>(file-local in file Hidden)</c>).
    /// </summary>
    public static string Member(CodeBase codeBase, TypeName type, string? member, SourceLocation? location)
    {
        var named = Member(codeBase.NameOf(type), member);
        if (type.DeclaringFile is not { } file)
        {
            return named;
        }

        // The PDB's path may be written on another system: either separator ends a folder.
        var recorded = location is null ? null : location.File[(location.File.LastIndexOfAny(['/', '\\']) + 1)..];
        return recorded is not null && string.Equals(FileNameInTypeName(recorded), file, StringComparison.Ordinal)
            ? $"{named} (file-local in {recorded})"
            : $"{named} (file-local in file {file})";
    }

    /// <summary>The possessive of a name: <c>Orders'</c>, <c>Billing's</c>.</summary>
    public static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    /// <summary>A noun phrase with its indefinite article: <c>a DbContext</c>, <c>an entity configuration</c>.</summary>
    public static string WithArticle(string noun) => ("aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>A file name as the C# compiler writes it into a file-local type's name: without its extension, ASCII letters and digits kept, anything else <c>_</c>.</summary>
    private static string FileNameInTypeName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var stem = dot < 0 ? fileName : fileName[..dot];
        return string.Create(stem.Length, stem, (chars, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                chars[i] = char.IsAsciiLetterOrDigit(s[i]) ? s[i] : '_';
            }
        });
    }

    public static string Kind(DependencyKind kind) => kind switch
    {
        DependencyKind.BaseType => "base type",
        DependencyKind.ImplementedInterface => "implemented interface",
        DependencyKind.GenericConstraint => "generic constraint",
        DependencyKind.FieldType => "field type",
        DependencyKind.PropertyType => "property type",
        DependencyKind.EventType => "event type",
        DependencyKind.ParameterType => "parameter type",
        DependencyKind.ReturnType => "return type",
        DependencyKind.LocalVariable => "local variable",
        DependencyKind.MethodCall => "method call",
        DependencyKind.ObjectCreation => "object creation",
        DependencyKind.FieldAccess => "field access",
        DependencyKind.MemberSignature => "signature of a called member",
        DependencyKind.GenericArgument => "generic argument",
        DependencyKind.TypeOf => "typeof",
        DependencyKind.TypeCheck => "type check",
        DependencyKind.Boxing => "boxing",
        DependencyKind.DefaultValue => "default value",
        DependencyKind.MethodPointer => "method reference",
        DependencyKind.ArrayCreation => "array creation",
        DependencyKind.TypeOperand => "IL type operand",
        DependencyKind.CatchClause => "catch clause",
        DependencyKind.Attribute => "attribute",
        DependencyKind.AttributeArgument => "attribute argument",
        _ => kind.ToString(),
    };

    /// <summary>The kinds of a list, read by index: LINQ over a list of an enum is generic code compiled at every start.</summary>
    public static string Kinds(IReadOnlyList<DependencyKind> kinds)
    {
        var names = new string[kinds.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Kind(kinds[i]);
        }

        return string.Join(", ", names);
    }

    public static string And(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>A count with its noun, singular for one and with thousands separated: <c>1 rule</c>, <c>2 rules</c>, <c>6,448 violations</c>.</summary>
    /// <param name="count">How many.</param>
    /// <param name="noun">The singular noun, such as <c>violation</c> or <c>SQL statement</c>.</param>
    /// <param name="plural">The plural when it is not the noun with an <c>s</c> (<c>entries</c>).</param>
    public static string Count(int count, string noun, string? plural = null) =>
        Number(count) + " " + (count == 1 ? noun : plural ?? noun + "s");

    /// <summary>A number with thousands separated: <c>6,448</c>.</summary>
    public static string Number(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Some(IReadOnlyList<string> items, int most = 5) =>
        items.Count <= most ? string.Join(", ", items) : string.Join(", ", items.Take(most)) + $" and {items.Count - most} more";
}
