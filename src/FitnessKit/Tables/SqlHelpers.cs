using System.Reflection.Metadata.Ecma335;
using FitnessKit.Loading.Il;
using FitnessKit.Sql;

namespace FitnessKit.Tables;

/// <summary>
/// The methods of the code base that send SQL their callers hand them (<see cref="SqlHelper"/>), found by interpreting
/// each assembly that may hold SQL before the assemblies that call into it: a parameter that reaches a sink as the SQL,
/// directly, captured by a lambda, or hoisted by an async method; and, a few levels deep, a parameter handed on to
/// another such helper. A call of a helper is then read as a sink of its own, with the SQL its caller built; the
/// helper's own sink, whose SQL is only a parameter, is listed as not read only when no call of the helper was read.
/// </summary>
internal sealed class SqlHelpers
{
    /// <summary>How many helpers deep a parameter is followed: a helper that hands its parameter to a helper, and so on.</summary>
    public const int MaxDepth = 3;

    private readonly Dictionary<string, SqlHelper> _helpers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sinks = new(StringComparer.Ordinal);
    private readonly HashSet<string> _called = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _holders = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an assembly defines a helper: an assembly that references it may send SQL through it without referencing a data-access library.</summary>
    public bool AreIn(string assembly) => _holders.Contains(assembly);

    /// <summary>Whether an assembly calls a method named as a helper of another assembly, told from its member references alone.</summary>
    public bool MayBeCalledFrom(DataAssembly assembly) => _names.Count > 0 && assembly.CallsAnyOf(_names);

    /// <summary>Finds the helpers of an assembly, given those of the assemblies it references.</summary>
    public void Find(DataAssembly assembly, SqlDialect assemblyDialect) => assembly.Guard(() => FindUnguarded(assembly, assemblyDialect));

    private bool FindUnguarded(DataAssembly assembly, SqlDialect assemblyDialect)
    {
        if (!assembly.MayHoldSql() && !MayBeCalledFrom(assembly))
        {
            return true;
        }

        var methods = assembly.Methods();
        for (var depth = 0; depth < MaxDepth && FindOnce(assembly, methods, assemblyDialect); depth++)
        {
        }

        return true;
    }

    /// <summary>One pass over the methods; whether it found a helper not known before.</summary>
    private bool FindOnce(DataAssembly assembly, IReadOnlyList<MethodOwner> methods, SqlDialect assemblyDialect)
    {
        var found = false;
        foreach (var method in methods)
        {
            foreach (var call in assembly.Trace(method.Method).Calls)
            {
                if ((SqlSink.Of(call) ?? SinkOf(call, false)) is not { } sink)
                {
                    continue;
                }

                if (sink.Sql is TextValue { NamesTypeParameter: true } template)
                {
                    found |= AddTemplate(assembly, method, call.Offset, sink, template, assemblyDialect);
                    continue;
                }

                foreach (var (definition, argument) in Parameters(assembly, method, sink.Sql))
                {
                    if (assembly.Describe(definition) is not { } described)
                    {
                        continue;
                    }

                    var key = KeyOf(described.TypeFullName, described.Name, described);
                    _sinks[SiteKey(assembly.Name, method, call.Offset)] = key;
                    if (_helpers.ContainsKey(key))
                    {
                        continue;
                    }

                    var dialect = sink.Dialect != SqlDialect.Unknown ? sink.Dialect : assemblyDialect;
                    var helper = new SqlHelper(argument, sink.Api, dialect, sink.NumberedParameters, sink.TableName);
                    _helpers[key] = helper;
                    _names.Add(Simple(described.Name));
                    _holders.Add(assembly.Name);
                    // A caller that holds the helper by an interface its type implements calls the interface's method.
                    foreach (var contract in assembly.InterfacesOf((System.Reflection.Metadata.TypeDefinitionHandle)MetadataTokens.EntityHandle(method.TypeToken)))
                    {
                        _helpers.TryAdd(KeyOf(contract.Type.FullName, Simple(described.Name), described), helper);
                    }

                    found = true;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A method of a generic type, or a generic method, whose SQL names a table after a type parameter
    /// (<c>typeof(TRow).Name</c>): a helper whose SQL is filled at each call with the type arguments of the called type
    /// and method, called by its own type's name or its interfaces' (<c>IRowCounter&lt;Setting&gt;.Count()</c>,
    /// <c>SqlCounts.Count&lt;Setting&gt;(connection)</c>); whether it is new.
    /// </summary>
    private bool AddTemplate(DataAssembly assembly, MethodOwner method, int offset, SqlSink sink, TextValue template, SqlDialect assemblyDialect)
    {
        var found = false;
        foreach (var definition in assembly.MethodsNamed(method.TypeToken, method.Member))
        {
            if (assembly.Describe(definition) is not { } described)
            {
                continue;
            }

            var key = KeyOf(described.TypeFullName, described.Name, described);
            _sinks[SiteKey(assembly.Name, method, offset)] = key;
            if (_helpers.ContainsKey(key))
            {
                continue;
            }

            var dialect = sink.Dialect != SqlDialect.Unknown ? sink.Dialect : assemblyDialect;
            var helper = new SqlHelper(-1, sink.Api, dialect, sink.NumberedParameters, sink.TableName, template, Origin: key);
            _helpers[key] = helper;
            _names.Add(Simple(described.Name));
            _holders.Add(assembly.Name);
            foreach (var contract in assembly.InterfacesOf((System.Reflection.Metadata.TypeDefinitionHandle)MetadataTokens.EntityHandle(method.TypeToken)))
            {
                _helpers.TryAdd(KeyOf(contract.Type.FullName, Simple(described.Name), described), helper with { TypeParameters = contract.Arguments });
            }

            found = true;
        }

        return found;
    }

    /// <summary>The sink a call of a helper is, with the SQL its caller hands it; <see langword="null"/> for a call of no helper.</summary>
    /// <param name="call">The call.</param>
    /// <param name="read">Whether the call is read for its SQL, so that the helper's own sink need not be listed as not read.</param>
    public SqlSink? SinkOf(CallSite call, bool read = true)
    {
        // By name first: every call of every body is asked, and few are a helper's.
        if (call.IsConstruction || !_names.Contains(call.Method.Name))
        {
            return null;
        }

        var key = KeyOf(call.Method.TypeFullName, call.Method.Name, call.Method);
        if (!_helpers.TryGetValue(key, out var helper) || (helper.Template is null && helper.Argument >= call.Arguments.Count))
        {
            return null;
        }

        if (read)
        {
            _called.Add(helper.Origin ?? key);
        }

        if (helper.Template is not null)
        {
            // The called type as closed (IRowCounter<Setting>), as its arguments name the table.
            var called = call.Method.DeclaringType;
            var method = call.Method.MethodArguments.Count == 0 ? call.Method.Name : $"{call.Method.Name}<{string.Join(", ", call.Method.MethodArguments.Select(a => a.Type.OwnName))}>";
            return new SqlSink($"{(called.Arguments.Count == 0 ? called.Type.DisplayName : ClosedGenericName.Of(called.Type, called.Arguments))}.{method} -> {helper.Api}", helper.Fill(called, call.Method.MethodArguments), helper.Dialect, helper.NumberedParameters, helper.TableName);
        }

        return new SqlSink($"{call.Method} -> {helper.Api}", call.Arguments[helper.Argument], helper.Dialect, helper.NumberedParameters, helper.TableName);
    }

    /// <summary>Whether a sink in a method is a helper's, whose SQL is its parameter; and if so, whether a call of the helper was read.</summary>
    public (bool IsHelper, bool Called) At(string assembly, MethodOwner method, int offset) =>
        _sinks.TryGetValue(SiteKey(assembly, method, offset), out var key) ? (true, _called.Contains(key)) : (false, false);

    /// <summary>
    /// The user methods whose parameter a value is: a parameter of the method itself, or a variable of the user member a
    /// lambda or async state machine belongs to, captured or hoisted under the parameter's name. Only text parameters.
    /// </summary>
    private static IEnumerable<(System.Reflection.Metadata.MethodDefinitionHandle Method, int Argument)> Parameters(DataAssembly assembly, MethodOwner method, IlValue sql)
    {
        if (sql is ArgumentValue { Type: { } type } argument && IsText(type) && assembly.IsUserMethod(method))
        {
            return [(method.Method, argument.Index)];
        }

        if (sql is TypedValue { Captured: { } name } captured && IsText(captured.Type) && !assembly.IsUserMethod(method))
        {
            return assembly.ParametersNamed(method.TypeToken, method.Member, name);
        }

        return [];
    }

    private static bool IsText(Model.TypeUse type) => type.Type.FullName is "System.String" or "System.FormattableString";

    private static string Simple(string name) => name[(name.LastIndexOf('.') + 1)..];

    private static string KeyOf(string type, string name, CalledMethod method) =>
        $"{type}::{name}({string.Join(",", method.Parameters.Select(p => p?.Type.FullName))})";

    private static string SiteKey(string assembly, MethodOwner method, int offset) => $"{assembly}|{method.MethodToken}|{offset}";
}
