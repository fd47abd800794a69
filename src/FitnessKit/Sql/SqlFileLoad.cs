using FitnessKit.Loading.Il;

namespace FitnessKit.Sql;

/// <summary>
/// A call that runs SQL from files a runner reads at run time, which are not in the compiled code: DbUp's
/// <c>WithScriptsFromFileSystem(path)</c> and FluentMigrator's <c>Execute.Script(path)</c>. The files are read where the
/// build copies them, beside the assembly; where they are not found the call is listed as SQL not read, never passed
/// over in silence.
/// </summary>
/// <param name="Api">The called method as a person reads it.</param>
/// <param name="Path">The value of the path argument.</param>
/// <param name="Dialect">The dialect the runner tells (the database a DbUp builder deploys to), or <see cref="SqlDialect.Unknown"/>.</param>
internal sealed record SqlFileLoad(string Api, IlValue Path, SqlDialect Dialect)
{
    /// <summary>The load a call is, or <see langword="null"/>.</summary>
    public static SqlFileLoad? Of(CallSite call)
    {
        var method = call.Method;
        if (SqlSink.IsDbUp(method) && method.Name == "WithScriptsFromFileSystem" && method.ParameterIs(1, "System.String") && call.Arguments.Count > 1)
        {
            return new SqlFileLoad("DbUp's WithScriptsFromFileSystem", call.Arguments[1], SqlSink.DbUpDialect(call.Arguments[0]));
        }

        return method.Name == "Script" && method.TypeFullName.StartsWith("FluentMigrator.Builders.Execute.", StringComparison.Ordinal) && method.ParameterIs(0, "System.String") && call.Arguments.Count > 1
            ? new SqlFileLoad("FluentMigrator's Execute.Script", call.Arguments[1], SqlDialect.Unknown)
            : null;
    }
}
