using FitnessKit.Loading.Il;
using FitnessKit.Model;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// A method of the code base that hands one of its parameters to a SQL sink as the SQL (a query base class's
/// <c>QueryAsync(string sql)</c>, a static <c>Execute(connection, sql)</c>): a call of it sends the SQL its caller built.
/// </summary>
/// <param name="Argument">The parameter that is the SQL, as the IL counts it (<c>this</c> is 0 in an instance method).</param>
/// <param name="Api">The API the helper sends the SQL to, such as <c>Dapper.SqlMapper.QueryAsync</c>, after the helpers between.</param>
/// <param name="Dialect">The dialect the helper's connection or assembly tells.</param>
/// <param name="NumberedParameters">Whether <c>{0}</c> in the text is a parameter, as in EF Core's <c>*Raw</c> methods.</param>
/// <param name="TableName">Whether the value is the name of a table the call writes (a bulk copy's destination).</param>
/// <param name="Template">
/// For a helper of a generic type, or a generic method, whose SQL names a table after its type parameter
/// (<c>typeof(TRow).Name</c>): the SQL, filled at each call with the type arguments of the called type and method;
/// <see cref="Argument"/> is then -1.
/// </param>
/// <param name="TypeParameters">
/// With <see cref="Template"/>, for a call through an interface: the interface's arguments as the helper's type names
/// its own parameters (<c>IRowCounter&lt;TRow&gt;</c> of <c>RowCounter&lt;TRow&gt;</c>), so that each is put in its place;
/// <see langword="null"/> for a call by the helper's own type, whose arguments are the helper's.
/// </param>
/// <param name="Origin">With <see cref="Template"/>: the key of the helper's own method, which a call through an interface reads too.</param>
internal sealed record SqlHelper(int Argument, string Api, SqlDialect Dialect, bool NumberedParameters, bool TableName, TextValue? Template = null, IReadOnlyList<TypeUse>? TypeParameters = null, string? Origin = null)
{
    /// <summary>
    /// The template filled with the type arguments of <paramref name="called"/>, the type a call names (the helper's or its
    /// interface), and with the call's own type arguments (<paramref name="methodArguments"/>) for a generic method's.
    /// </summary>
    public TextValue Fill(TypeUse called, IReadOnlyList<TypeUse> methodArguments)
    {
        // Called by its own type's name, the called type's arguments are the helper's. Through an interface, the helper
        // type's argument i is the called type's argument that stands where the helper's parameter !i does; from the
        // first that none does, the parameters stay unknown (a hole in the name).
        var arguments = called.Arguments;
        if (TypeParameters is { } parameters)
        {
            var mapped = new List<TypeUse>();
            for (var at = IndexOf(parameters, 0); at >= 0 && at < called.Arguments.Count; at = IndexOf(parameters, mapped.Count))
            {
                mapped.Add(called.Arguments[at]);
            }

            arguments = mapped;
        }

        return Template!.WithTypeNames(new TypeSubstitution(arguments, methodArguments).Apply);
    }

    private static int IndexOf(IReadOnlyList<TypeUse> parameters, int position)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (GenericParameters.IsPlaceholder(parameters[i].Type) && parameters[i].Type.Name == "!" + position.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return i;
            }
        }

        return -1;
    }
}
