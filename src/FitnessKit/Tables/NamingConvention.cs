using System.Globalization;
using System.Text;

namespace FitnessKit.Tables;

/// <summary>
/// A naming convention of EFCore.NamingConventions (<c>UseSnakeCaseNamingConvention()</c> and its siblings), which
/// rewrites every table name EF Core gives by convention (a DbSet's, a type's, a join's) and leaves those the code
/// names (<c>ToTable</c>, <c>[Table]</c>) as they are.
/// </summary>
internal sealed class NamingConvention
{
    private static readonly NamingConvention[] All =
    [
        new("UseSnakeCaseNamingConvention", "snake case", Snake),
        new("UseLowerCaseNamingConvention", "lower case", name => name.ToLowerInvariant()),
        new("UseUpperCaseNamingConvention", "upper case", name => name.ToUpperInvariant()),
        new("UseUpperSnakeCaseNamingConvention", "upper snake case", name => Snake(name).ToUpperInvariant()),
        new("UseCamelCaseNamingConvention", "camel case", name => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..]),
    ];

    private readonly Func<string, string> _rewrite;

    private NamingConvention(string method, string style, Func<string, string> rewrite)
    {
        Method = method;
        Style = style;
        _rewrite = rewrite;
    }

    /// <summary>Gets the method that sets it, such as <c>UseSnakeCaseNamingConvention</c>.</summary>
    public string Method { get; }

    /// <summary>Gets how it writes names, such as <c>snake case</c>.</summary>
    public string Style { get; }

    /// <summary>The convention a method of EFCore.NamingConventions sets, or <see langword="null"/>.</summary>
    public static NamingConvention? Of(string method) => Array.Find(All, c => c.Method == method);

    /// <summary>A table name EF Core gives by convention, as this convention rewrites it: <c>ReturnRequests</c> to <c>return_requests</c>.</summary>
    public string Rewrite(string name) => _rewrite(name);

    /// <summary>
    /// Snake case as EFCore.NamingConventions writes it: an underscore before an upper-case letter that follows a
    /// lower-case one, or that starts a word after a run of capitals (<c>RMAStatus</c> to <c>rma_status</c>); none
    /// after a digit; existing underscores kept, other separators made one underscore.
    /// </summary>
    private static string Snake(string name)
    {
        var builder = new StringBuilder(name.Length + Math.Min(2, name.Length / 5));
        UnicodeCategory? previous = null;
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (current == '_')
            {
                builder.Append('_');
                previous = null;
                continue;
            }

            var category = char.GetUnicodeCategory(current);
            switch (category)
            {
                case UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter:
                    if (previous is UnicodeCategory.SpaceSeparator or UnicodeCategory.LowercaseLetter
                        || (previous is not null and not UnicodeCategory.DecimalDigitNumber && i + 1 < name.Length && char.IsLower(name[i + 1])))
                    {
                        builder.Append('_');
                    }

                    current = char.ToLowerInvariant(current);
                    break;
                case UnicodeCategory.LowercaseLetter or UnicodeCategory.DecimalDigitNumber:
                    if (previous == UnicodeCategory.SpaceSeparator)
                    {
                        builder.Append('_');
                    }

                    break;
                default:
                    if (previous is not null)
                    {
                        previous = UnicodeCategory.SpaceSeparator;
                    }

                    continue;
            }

            builder.Append(current);
            previous = category;
        }

        return builder.ToString();
    }
}
