using FitnessKit.Loading.Il;

namespace FitnessKit.Sql;

/// <summary>
/// The table operations of an EF Core migration, which name tables without SQL text: <c>CreateTable</c> creates one
/// (and each foreign key its <c>constraints</c> lambda declares reads the principal table), <c>AddForeignKey</c> writes
/// its table and reads the principal one; <c>DropTable</c>, <c>RenameTable</c>, <c>AlterTable</c>, <c>CreateIndex</c>,
/// the operations on columns, keys and indexes (<c>AddColumn</c>, <c>AlterColumn</c>, <c>DropColumn</c>,
/// <c>RenameColumn</c>, <c>AddPrimaryKey</c>, <c>AddUniqueConstraint</c>, <c>DropForeignKey</c>, <c>DropIndex</c>) and
/// seeding's <c>InsertData</c>, <c>UpdateData</c> and <c>DeleteData</c> write theirs. A migration's <c>Sql</c> is SQL,
/// read as any other. Arguments are taken by position, as the compiler passes every optional one.
/// </summary>
internal static class EfMigration
{
    private const string MigrationBuilder = "Microsoft.EntityFrameworkCore.Migrations.MigrationBuilder";
    private const string CreateTableBuilder = "Microsoft.EntityFrameworkCore.Migrations.Operations.Builders.CreateTableBuilder`1";

    /// <summary>The operations of one method body; <paramref name="lambda"/> traces a lambda the body hands <c>CreateTable</c>.</summary>
    public static List<MigrationStatement> Read(MethodTrace trace, Func<CalledMethod, MethodTrace?> lambda)
    {
        List<MigrationStatement>? found = null;
        foreach (var call in trace.Calls)
        {
            if (call.Method.TypeFullName == MigrationBuilder && Operation(call, lambda) is { } operation)
            {
                (found ??= []).Add(operation);
            }
        }

        return found ?? [];
    }

    private static MigrationStatement? Operation(CallSite call, Func<CalledMethod, MethodTrace?> lambda)
    {
        var arguments = call.Arguments;
        switch (call.Method.Name)
        {
            case "CreateTable" when arguments.Count > 4:
                var tables = new List<MigrationTableUse> { Use(arguments, 3, 1, TableAccess.Create) };
                var text = $"CreateTable({Shown(arguments[1])}, schema: {Shown(arguments[3])})";
                foreach (var key in ForeignKeys(arguments[4], lambda))
                {
                    tables.Add(Use(key.Arguments, 5, 3, TableAccess.Read));
                    text += $".ForeignKey(principalTable: {Shown(key.Arguments[3])}, principalSchema: {Shown(key.Arguments[5])})";
                }

                return new MigrationStatement(call.Offset, text, tables);
            case "AddForeignKey" when arguments.Count > 6:
                return new MigrationStatement(
                    call.Offset,
                    $"AddForeignKey(table: {Shown(arguments[2])}, schema: {Shown(arguments[5])}, principalTable: {Shown(arguments[4])}, principalSchema: {Shown(arguments[6])})",
                    [Use(arguments, 5, 2, TableAccess.Write), Use(arguments, 6, 4, TableAccess.Read)]);
            case "DropTable" or "RenameTable" when arguments.Count > 2:
                return new MigrationStatement(call.Offset, $"{call.Method.Name}({Shown(arguments[1])}, schema: {Shown(arguments[2])})", [Use(arguments, 2, 1, TableAccess.Write)]);
            case "CreateIndex" when arguments.Count > 4:
                return new MigrationStatement(call.Offset, $"CreateIndex(table: {Shown(arguments[2])}, schema: {Shown(arguments[4])})", [Use(arguments, 4, 2, TableAccess.Write)]);
            case "AddColumn" or "AlterColumn" when arguments.Count > 7:
                return Altered(call, table: 2, schema: 7);
            case "DropColumn" or "DropForeignKey" or "DropIndex" when arguments.Count > 3:
                return Altered(call, table: 2, schema: 3);
            case "RenameColumn" or "AddPrimaryKey" or "AddUniqueConstraint" when arguments.Count > 4:
                return Altered(call, table: 2, schema: 4);
            case "AlterTable" when arguments.Count > 2:
                return Altered(call, table: 1, schema: 2);
            case "InsertData" or "UpdateData" or "DeleteData" when LastText(call.Method) is var schema and > 1 && arguments.Count > schema:
                return new MigrationStatement(call.Offset, $"{call.Method.Name}({Shown(arguments[1])}, schema: {Shown(arguments[schema])})", [Use(arguments, schema, 1, TableAccess.Write)]);
            default:
                return null;
        }
    }

    /// <summary>An operation that changes one table (its columns, keys, indexes), which it writes.</summary>
    private static MigrationStatement Altered(CallSite call, int table, int schema) =>
        new(call.Offset, $"{call.Method.Name}(table: {Shown(call.Arguments[table])}, schema: {Shown(call.Arguments[schema])})", [Use(call.Arguments, schema, table, TableAccess.Write)]);

    /// <summary>The <c>table.ForeignKey(..)</c> calls of a <c>CreateTable</c>'s constraints lambda.</summary>
    private static IEnumerable<CallSite> ForeignKeys(IlValue constraints, Func<CalledMethod, MethodTrace?> lambda)
    {
        var target = MethodPointerValue.TargetOf(constraints);
        return target is not null && lambda(target) is { } trace
            ? trace.Calls.Where(c => c.Method.TypeFullName == CreateTableBuilder && c.Method.Name == "ForeignKey" && c.Arguments.Count > 5)
            : [];
    }

    /// <summary>The position of a method's last text parameter among the call's arguments (the builder first): the schema of seeding's operations.</summary>
    private static int LastText(CalledMethod method)
    {
        for (var i = method.Parameters.Count - 1; i >= 0; i--)
        {
            if (method.ParameterIs(i, "System.String"))
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>A table named by the arguments at two positions; a schema of <see langword="null"/> is the database's default.</summary>
    private static MigrationTableUse Use(IReadOnlyList<IlValue> arguments, int schema, int name, TableAccess access) =>
        new(IlValue.IsUnknownOrNull(arguments[schema]) ? null : arguments[schema], arguments[name], access);

    private static string Shown(IlValue value) => value switch
    {
        TextValue { Constant: { } text } => $"\"{text}\"",
        UnknownValue or NullValue => "null",
        _ => "{?}",
    };
}
