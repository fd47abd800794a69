using FitnessKit.Loading;
using FitnessKit.Model;

namespace FitnessKit.Inspection;

/// <summary>How messages name types: as C# writes them, with generic parameters named as their definitions name them.</summary>
public sealed partial class CodeBase
{
    private readonly GenericParameterNames _parameterNames = new();

    /// <summary>
    /// The name of a type as C# writes it: <c>Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext&lt;TUser, TRole, TKey&gt;</c>
    /// for a generic type definition whose assembly is inspected or found among the references, and
    /// <see cref="TypeName.DisplayName"/> (<c>IdentityDbContext&lt;,,&gt;</c>) when it cannot be read. A file-local type is
    /// named as written (<c>Shop.Orders.Hidden</c>); <see cref="Phrases.Member(CodeBase, TypeName, string?, SourceLocation?)"/> adds its file.
    /// </summary>
    internal string NameOf(TypeName type) => TypeName.Display(type.WrittenFullName, ParameterNamesOf(type));

    /// <summary>
    /// A type as a signature uses it, as C# writes it: <c>DbSet&lt;Order&gt;</c>, with the type's own parameters
    /// (the placeholders <c>!0</c>, <c>!1</c> of metadata) named by <paramref name="ownParameters"/>, such as the
    /// <c>TEntity</c> of <c>class AuditedConfiguration&lt;TEntity&gt; : IEntityTypeConfiguration&lt;TEntity&gt;</c>.
    /// </summary>
    /// <param name="use">The type use.</param>
    /// <param name="ownParameters">The parameter names of the type whose signature holds <paramref name="use"/>, or <see langword="null"/>.</param>
    /// <param name="qualified">Whether to write namespaces (<c>Microsoft.EntityFrameworkCore.DbSet&lt;Shop.Orders.Order&gt;</c>).</param>
    /// <param name="methodParameters">The parameter names of the generic method whose signature holds <paramref name="use"/> (its <c>!!0</c>, <c>!!1</c>), or <see langword="null"/>.</param>
    internal static string NameOf(TypeUse use, IReadOnlyList<string>? ownParameters, bool qualified, IReadOnlyList<string>? methodParameters = null)
    {
        if (GenericParameters.IsPlaceholder(use.Type))
        {
            var method = use.Type.Name.StartsWith("!!", StringComparison.Ordinal);
            var position = int.TryParse(use.Type.Name.AsSpan(method ? 2 : 1), System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : -1;
            var names = method ? methodParameters : ownParameters;
            return names is not null && position >= 0 && position < names.Count ? names[position] : $"T{position + 1}";
        }

        var name = qualified ? use.Type.FullName : use.Type.Name;
        return TypeName.Display(name, use.Arguments.Count == 0 ? null : [.. use.Arguments.Select(a => NameOf(a, ownParameters, qualified, methodParameters))]);
    }

    /// <summary>The parameter names of a generic type definition, from the inspected assembly that defines it or the referenced file found for it; <see langword="null"/> for a type that is not generic or cannot be read.</summary>
    internal IReadOnlyList<string>? ParameterNamesOf(TypeName type)
    {
        if (type.Name.IndexOf('`', StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var path = FindType(type)?.Assembly.Path ?? PathOf(type.Assembly);
        return path is null ? null : _parameterNames.Of(path, type.FullName);
    }

    /// <summary>The parameter names of a generic method of a type, from the inspected assembly that defines it or the referenced file found for it; <see langword="null"/> when it cannot be read.</summary>
    internal IReadOnlyList<string>? MethodParameterNamesOf(TypeName type, string method)
    {
        var path = FindType(type)?.Assembly.Path ?? PathOf(type.Assembly);
        return path is null ? null : _parameterNames.OfMethod(path, type.FullName, method);
    }
}
