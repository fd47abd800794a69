using System.Reflection.Metadata.Ecma335;
using FitnessKit.Loading.Il;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The database functions a model maps, which its queries call: <c>HasDbFunction</c> and its builder's <c>HasName</c>
/// and <c>HasSchema</c>, <c>[DbFunction]</c> on a method of the context or of the method <c>HasDbFunction</c> names,
/// and <c>ToFunction</c>, which reads an entity type from a table-valued function.
/// </summary>
internal sealed partial class EfModelReader
{
    private const string DbFunctionAttribute = "Microsoft.EntityFrameworkCore.DbFunctionAttribute";
    private const string DbFunctionBuilderType = "Microsoft.EntityFrameworkCore.Metadata.Builders.DbFunctionBuilder";
    private const string ModelBuilderMember = "OnModelCreating";

    /// <summary>The methods of the context and its base contexts marked <c>[DbFunction]</c>, which EF Core's conventions map.</summary>
    private static void MarkedFunctions(Reading reading)
    {
        foreach (var (assembly, type, _) in reading.Chain)
        {
            foreach (var (method, name, arguments) in assembly.MethodsWithAttribute(type, DbFunctionAttribute))
            {
                var site = new MappingSite(assembly.Path, CodeAnchor.ForMethod(MetadataTokens.GetToken(type), MetadataTokens.GetToken(method), 0));
                var function = new DbFunctionState(FunctionName(arguments) ?? name, $"[DbFunction] on {name}", name, site) { Schema = FunctionSchema(arguments) };
                reading.Functions.Add(function);
            }
        }
    }

    /// <summary><c>modelBuilder.HasDbFunction(typeof(C).GetMethod(nameof(C.F)))</c>, or with a lambda that calls it: the function is named after the method, or as its <c>[DbFunction]</c> says.</summary>
    private void MapFunction(CallSite call, Reading reading, MappingSite site, string where)
    {
        var (type, name) = FunctionMethod(call.Arguments.Count > 1 ? call.Arguments[1] : null);
        if (name is null)
        {
            reading.Notes.Add($"HasDbFunction in {where}: the method it maps is not named there, so the function it calls is not known");
            return;
        }

        var marked = Marked(type, name, reading);
        var function = new DbFunctionState(FunctionName(marked) ?? name, $"{call.Method.DeclaringType.Type.DisplayName}.HasDbFunction", ModelBuilderMember, site)
        {
            Schema = FunctionSchema(marked),
        };
        reading.Functions.Add(function);
        reading.FunctionBuilders[call.Arguments] = function;
    }

    /// <summary>A function builder's <c>HasName("open_ticket_count")</c> or <c>HasSchema("support")</c>, on the builder its <c>HasDbFunction</c> returned.</summary>
    private static void NameFunction(CallSite call, Reading reading)
    {
        var receiver = call.Arguments.Count > 0 ? call.Arguments[0] : null;
        while (receiver is CallResultValue { Method.TypeFullName: DbFunctionBuilderType, Arguments.Count: > 0 } chained)
        {
            receiver = chained.Arguments[0];
        }

        if (receiver is not CallResultValue { Method.Name: "HasDbFunction" } mapped || !reading.FunctionBuilders.TryGetValue(mapped.Arguments, out var function))
        {
            return;
        }

        var text = Text(call.Arguments, 1);
        if (call.Method.Name == "HasName" && text is not null)
        {
            function.Name = text;
        }
        else if (call.Method.Name == "HasSchema")
        {
            function.Schema = text;
        }
    }

    /// <summary><c>Entity&lt;T&gt;().ToFunction("runs_of_day")</c>: the entity's rows are read from a table-valued function in the model's default schema.</summary>
    private static void ReadFromFunction(CallSite call, Reading reading, MappingSite site, string where)
    {
        if (!call.Method.ParameterIs(1, "System.String"))
        {
            return;
        }

        if (Text(call.Arguments, 1) is not { } name)
        {
            if (call.Arguments.Count > 1 && call.Arguments[1] is TextValue)
            {
                reading.Notes.Add($"the name of the function ToFunction maps in {where} is computed at run time");
            }

            return;
        }

        reading.Functions.Add(new DbFunctionState(name, $"{call.Method.DeclaringType.Type.DisplayName}.ToFunction", ModelBuilderMember, site));
    }

    /// <summary>The functions the model maps, each once, in the model's default schema where the mapping names none.</summary>
    private static List<DbFunctionUse> Functions(Reading reading)
    {
        var functions = new List<DbFunctionUse>();
        foreach (var function in reading.Functions)
        {
            var schema = function.Schema ?? reading.DefaultSchema;
            if (!functions.Exists(f => f.Name == function.Name && f.Schema == schema))
            {
                functions.Add(new DbFunctionUse(function.Name, schema, function.Api, function.Member, function.Site));
            }
        }

        return functions;
    }

    /// <summary>The method a <c>HasDbFunction</c> argument names: <c>typeof(C).GetMethod("F")</c>, or the method a lambda's expression tree calls.</summary>
    private static (TypeUse? Type, string? Name) FunctionMethod(IlValue? argument) => argument switch
    {
        CallResultValue { Method.Name: "GetMethod" or "GetRuntimeMethod" or "GetDeclaredMethod", Arguments: [var type, TextValue { Constant: { } name }, ..] } =>
            (type is TypeTokenValue token ? token.Type : null, name),
        CallResultValue { Method.Name: "Lambda", Arguments: [var body, ..] } => (null, CalledInTree(body, 0)),
        _ => (null, null),
    };

    /// <summary>The method an expression tree's <c>Expression.Call</c> names, by its token.</summary>
    private static string? CalledInTree(IlValue value, int depth)
    {
        if (depth > 4 || value is not CallResultValue call)
        {
            return null;
        }

        if (call.Method.Name == "GetMethodFromHandle" && call.Arguments is [MethodTokenValue token, ..])
        {
            return token.Name;
        }

        foreach (var argument in call.Arguments)
        {
            if (CalledInTree(argument, depth + 1) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The arguments of <c>[DbFunction]</c> on the method named so, of the type given or else of the context's chain.</summary>
    private IReadOnlyList<(string? Name, string? Value)>? Marked(TypeUse? type, string method, Reading reading)
    {
        IEnumerable<(DataAssembly Assembly, System.Reflection.Metadata.TypeDefinitionHandle Type)> types = type is not null && assemblies.Find(type.Type) is { } found
            ? [found]
            : reading.Chain.Select(c => (c.Assembly, c.Type));
        foreach (var (assembly, handle) in types)
        {
            foreach (var (_, name, arguments) in assembly.MethodsWithAttribute(handle, DbFunctionAttribute))
            {
                if (name == method)
                {
                    return arguments;
                }
            }
        }

        return null;
    }

    /// <summary><c>[DbFunction("name", "schema")]</c>'s name, given first or as <c>Name =</c>.</summary>
    private static string? FunctionName(IReadOnlyList<(string? Name, string? Value)>? arguments) =>
        arguments?.FirstOrDefault(a => a.Name == "Name").Value ?? (arguments is [(null, { } name), ..] ? name : null);

    /// <summary><c>[DbFunction("name", "schema")]</c>'s schema, given second or as <c>Schema =</c>.</summary>
    private static string? FunctionSchema(IReadOnlyList<(string? Name, string? Value)>? arguments) =>
        arguments?.FirstOrDefault(a => a.Name == "Schema").Value ?? (arguments is [(null, _), (null, { } schema), ..] ? schema : null);
}
