using System.Text.Json;
using FitnessKit.Model;
using FitnessKit.Tables;

namespace FitnessKit.Reporting;

/// <summary>The table audit in the JSON report: every table with its owner, mappings and SQL accesses, and the SQL that could not be read. Written only when a data-ownership rule read the tables.</summary>
internal static class JsonTablesSection
{
    public static void Write(Utf8JsonWriter json, ReportDocument document)
    {
        if (document.Report.Tables is not { } catalog)
        {
            return;
        }

        var model = document.Report.Model;
        json.WriteStartObject("tables");
        json.WriteString("sharedDatabase", catalog.Databases.Count == 0
            ? "assumed: contexts may share one database, so a table is the same table wherever its schema and name match"
            : "assumed for the contexts that name no database in the context map; a table is the same table where its database, schema and name match");
        json.WriteStartObject("databases");
        foreach (var (context, database) in catalog.Databases.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            json.WriteString(context, database);
        }

        json.WriteEndObject();
        json.WriteStartArray("items");
        foreach (var table in catalog.Tables)
        {
            json.WriteStartObject();
            json.WriteString("name", table.Table.ToString());
            JsonOutput.StringOrNull(json, "database", table.Table.Database);
            JsonOutput.StringOrNull(json, "schema", table.Table.Schema);
            json.WriteBoolean("defaultSchema", table.Table.SchemaIsDefault);
            JsonOutput.StringOrNull(json, "owner", table.Owner);
            json.WriteString("reason", table.Reason);
            JsonReport.Strings(json, "mappedBy", table.MappedBy);
            json.WriteStartArray("mappings");
            foreach (var mapping in table.Mappings)
            {
                json.WriteStartObject();
                json.WriteString("dbContext", mapping.DbContext.FullName);
                json.WriteString("entity", mapping.Entity.FullName);
                json.WriteString("kind", mapping.Kind.ToString());
                json.WriteString("evidence", mapping.Evidence);
                Location(json, document, mapping.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("accesses");
            foreach (var access in table.Accesses)
            {
                json.WriteStartObject();
                JsonOutput.StringOrNull(json, "context", model.ContextOf(access.Statement.SourceType)?.Name);
                json.WriteString("type", access.Statement.SourceType.FullName);
                json.WriteString("member", access.Statement.SourceMember);
                json.WriteString("access", access.Access.ToString());
                json.WriteString("api", access.Statement.Api);
                json.WriteString("sql", access.Statement.Text);
                Location(json, document, access.Statement.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            JsonOutput.FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteStartArray("unreadSql");
        foreach (var problem in catalog.Problems)
        {
            json.WriteStartObject();
            json.WriteString("type", problem.SourceType.FullName);
            json.WriteString("member", problem.SourceMember);
            json.WriteString("api", problem.Api);
            JsonOutput.StringOrNull(json, "sql", problem.Text);
            json.WriteString("problem", problem.Problem);
            Location(json, document, problem.Location);
            json.WriteEndObject();
            JsonOutput.FlushIfFull(json);
        }

        json.WriteEndArray();
        JsonReport.Strings(json, "notes", catalog.Notes);
        json.WriteStartArray("nouns");
        foreach (var noun in NounCatalog.Find(model, catalog))
        {
            json.WriteStartObject();
            json.WriteString("name", noun.Name);
            json.WriteStartArray("definitions");
            foreach (var definition in noun.Definitions)
            {
                json.WriteStartObject();
                json.WriteString("context", definition.Context);
                json.WriteString("type", definition.Type);
                json.WriteBoolean("mapped", definition.IsMapped);
                JsonReport.Strings(json, "properties", definition.Properties);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            JsonOutput.FlushIfFull(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Location(Utf8JsonWriter json, ReportDocument document, SourceLocation? location) =>
        JsonOutput.StringOrNull(json, "location", location?.ToString(document.BaseDirectory));
}
