using FitnessKit.Loading.Il;

namespace FitnessKit.Sql;

/// <summary>
/// A call that runs SQL from files a runner reads at run time, which FitnessKit cannot read from the compiled code:
/// DbUp's <c>WithScriptsFromFileSystem(path)</c> and FluentMigrator's <c>Execute.Script(path)</c>. Each is listed as
/// SQL not read, never passed over in silence. Scripts embedded in the assembly are read instead.
/// </summary>
/// <param name="Api">The called method as a person reads it.</param>
/// <param name="Path">The value of the path argument.</param>
internal sealed record SqlFileLoad(string Api, IlValue Path)
{
    /// <summary>The load a call is, or <see langword="null"/>.</summary>
    public static SqlFileLoad? Of(CallSite call)
    {
        var method = call.Method;
        if (SqlSink.IsDbUp(method) && method.Name == "WithScriptsFromFileSystem" && method.ParameterIs(1, "System.String") && call.Arguments.Count > 1)
        {
            return new SqlFileLoad("DbUp's WithScriptsFromFileSystem", call.Arguments[1]);
        }

        return method.Name == "Script" && method.TypeFullName.StartsWith("FluentMigrator.Builders.Execute.", StringComparison.Ordinal) && method.ParameterIs(0, "System.String") && call.Arguments.Count > 1
            ? new SqlFileLoad("FluentMigrator's Execute.Script", call.Arguments[1])
            : null;
    }
}
