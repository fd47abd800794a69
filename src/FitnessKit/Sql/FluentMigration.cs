using System.Text;
using FitnessKit.Loading.Il;

namespace FitnessKit.Sql;

/// <summary>
/// One expression of a FluentMigrator migration, read from the chain of calls that builds it, and the tables it names:
/// <c>Create.Table("Dispatches").InSchema("dispatch")</c> creates a table, <c>Alter</c>, <c>Delete</c>,
/// <c>Rename</c>, <c>Insert</c> and <c>Update</c> write one, a foreign key reads the table it references
/// (<c>ToTable("Orders").InSchema("sales")</c>, or a column's <c>ForeignKey("FK", "sales", "Orders", "Id")</c>). These
/// are definitions without SQL text, as a migration script's <c>CREATE TABLE</c> and <c>REFERENCES</c> are with it.
/// FluentMigrator is recognised by the namespace of the called methods, so FitnessKit needs none of it.
/// </summary>
internal static class FluentMigration
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "Create", "Alter", "Delete", "Rename", "Insert", "Update" };

    /// <summary>The calls that name tables or schemas, kept in the text.</summary>
    private static readonly HashSet<string> Naming = new(StringComparer.Ordinal) { "Table", "InSchema", "FromTable", "ToTable", "OnTable", "IntoTable", "ForeignKey", "ReferencedBy", "Index", "Column" };

    /// <summary>Whether a method is FluentMigrator's, by its declaring type's namespace.</summary>
    public static bool IsFluentMigrator(CalledMethod method) => method.DeclaringType.Type.Namespace.StartsWith("FluentMigrator", StringComparison.Ordinal);

    /// <summary>Whether a member reference may start an expression: the migration's <c>Create</c>, <c>Alter</c>, ... properties.</summary>
    public static bool IsVerbGetter(string name) => name.StartsWith("get_", StringComparison.Ordinal) && Verbs.Contains(name[4..]);

    /// <summary>The expressions of one method body: each chain of FluentMigrator calls that starts at a verb and names a table.</summary>
    public static List<MigrationStatement> Read(MethodTrace trace)
    {
        List<MigrationStatement>? found = null;
        HashSet<object>? consumed = null;
        foreach (var call in trace.Calls)
        {
            if (call.Arguments.Count > 0 && call.Arguments[0] is CallResultValue { } receiver && IsFluentMigrator(receiver.Method))
            {
                (consumed ??= new(ReferenceEqualityComparer.Instance)).Add(receiver.Arguments);
            }
        }

        if (consumed is null)
        {
            return [];
        }

        foreach (var call in trace.Calls)
        {
            if (IsFluentMigrator(call.Method) && !consumed.Contains(call.Arguments) && Chain(call) is { } chain && Expression(call.Offset, chain) is { } migration)
            {
                (found ??= []).Add(migration);
            }
        }

        return found ?? [];
    }

    /// <summary>The calls of a chain from its verb to <paramref name="last"/>, or <see langword="null"/> when it starts at none.</summary>
    private static List<(string Name, IReadOnlyList<IlValue> Arguments)>? Chain(CallSite last)
    {
        var chain = new List<(string Name, IReadOnlyList<IlValue> Arguments)> { (last.Method.Name, last.Arguments) };
        var receiver = last.Arguments.Count > 0 ? last.Arguments[0] : null;
        for (var depth = 0; depth < 64 && receiver is CallResultValue call && IsFluentMigrator(call.Method); depth++)
        {
            chain.Add((call.Method.Name, call.Arguments));
            if (IsVerbGetter(call.Method.Name))
            {
                chain.Reverse();
                return chain;
            }

            receiver = call.Arguments.Count > 0 ? call.Arguments[0] : null;
        }

        return null;
    }

    private static MigrationStatement? Expression(int offset, List<(string Name, IReadOnlyList<IlValue> Arguments)> chain)
    {
        var verb = chain[0].Name[4..];
        var tables = new List<MigrationTableUse>();
        var text = new StringBuilder(verb);
        for (var i = 1; i < chain.Count; i++)
        {
            var (name, arguments) = chain[i];
            var texts = arguments.Skip(1).ToList();
            if (Naming.Contains(name))
            {
                text.Append('.').Append(name).Append('(').Append(string.Join(", ", texts.Select(Quoted))).Append(')');
            }

            switch (name)
            {
                case "Table" when i == 1 && texts.Count == 1:
                    tables.Add(new MigrationTableUse(null, texts[0], verb == "Create" ? TableAccess.Create : TableAccess.Write));
                    break;
                case "FromTable" or "OnTable" or "IntoTable" when texts.Count == 1:
                    tables.Add(new MigrationTableUse(null, texts[0], TableAccess.Write));
                    break;
                case "ToTable" when texts.Count == 1:
                    tables.Add(new MigrationTableUse(null, texts[0], TableAccess.Read));
                    break;
                case "InSchema" when texts.Count == 1 && tables.Count > 0:
                    tables[^1] = tables[^1] with { Schema = texts[0] };
                    break;
                case "ForeignKey" or "ReferencedBy" when i > 1 && texts.Count is >= 2 and <= 4:
                    // A column's foreign key names the table it references (ReferencedBy: the table that references it,
                    // which it alters): (table, column), (name, table, column) or (name, schema, table, column).
                    tables.Add(new MigrationTableUse(texts.Count == 4 ? texts[1] : null, texts[^2], name == "ForeignKey" ? TableAccess.Read : TableAccess.Write));
                    break;
                default:
                    break;
            }
        }

        return tables.Count == 0 ? null : new MigrationStatement(offset, text.ToString(), tables);
    }

    private static string Quoted(IlValue value) => value is TextValue { Constant: { } text } ? $"\"{text}\"" : "{?}";
}
