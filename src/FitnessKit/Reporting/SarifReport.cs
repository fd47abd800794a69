using System.Text.Json;
using FitnessKit.Baselines;
using FitnessKit.Rules;

namespace FitnessKit.Reporting;

/// <summary>Writes the report as SARIF 2.1.0: the rules with help text and links, and a result per violation with its file:line (where a PDB has it) and its type and member as a logical location.</summary>
internal static class SarifReport
{
    private const string SourceRoot = "SRCROOT";

    public static void Write(ReportDocument document, Stream stream)
    {
        var report = document.Report;
        JsonOutput.Write(stream, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, document);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(document.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var violation in report.Violations)
            {
                WriteResult(json, document, violation);
                JsonOutput.FlushIfFull(json);
            }

            json.WriteEndArray();
            json.WriteString("columnKind", "utf16CodeUnits");
            WriteContextPairs(json, document);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter json, ReportDocument document)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "FitnessKit");
        json.WriteString("semanticVersion", ReportDocument.ToolVersion);
        json.WriteString("informationUri", document.Options.HelpBaseUri);
        json.WriteStartArray("rules");
        foreach (var rule in document.Report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            Message(json, "shortDescription", rule.Title);
            Message(json, "fullDescription", rule.Rationale);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Title} {rule.Rationale} How to fix: {rule.Fix}");
            json.WriteString("markdown", $"**{rule.Title}**\n\n{rule.Rationale}\n\n**How to fix:** {rule.Fix}\n\n[{rule.Id} {rule.Name}]({document.HelpUri(rule)})");
            json.WriteEndObject();
            json.WriteString("helpUri", document.HelpUri(rule));
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue("architecture");
            json.WriteStringValue("data-ownership");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ReportDocument document, Violation violation)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", violation.Rule.Id);
        var index = document.RuleIndex(violation.Rule);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(violation.Severity));
        Message(json, "message", ReportText.Printable($"{violation.Message} Fix: {violation.Fix}"));
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (violation.Location is { } location)
        {
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            if (document.RelativeFile(location) is { } relative)
            {
                json.WriteString("uri", string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));
                json.WriteString("uriBaseId", SourceRoot);
            }
            else
            {
                json.WriteString("uri", new Uri(location.File).AbsoluteUri);
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", Math.Max(1, location.Line));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("fullyQualifiedName", ReportDocument.Member(violation));
        json.WriteString("kind", violation.SourceType is null ? "module" : violation.SourceMember is null ? "type" : "member");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString("fitnessKitEdge/v1", violation.Key);
        json.WriteEndObject();
        if (document.Report.Baseline is not null)
        {
            json.WriteString("baselineState", violation.Baselined ? "unchanged" : "new");
        }

        if (violation.Baselined)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("status", "accepted");
            json.WriteString("justification", "Recorded in the FitnessKit baseline.");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        JsonOutput.StringIfAny(json, "sourceContext", violation.SourceContext);
        JsonOutput.StringIfAny(json, "targetContext", violation.TargetContext);
        JsonOutput.StringIfAny(json, "targetType", violation.TargetType ?? violation.TargetAssembly);
        JsonOutput.StringIfAny(json, "targetTable", violation.TargetTable);
        if (!document.Allowed.SaysAllowedOf(violation))
        {
            JsonReport.Strings(json, "allowed", violation.Allowed);
        }

        if (violation.Contract is { } contract)
        {
            JsonReport.WriteContract(json, document, contract);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// The contract types each source context may use of each target context, once per pair in the run's property bag
    /// (<c>contextPairs</c>, as in the JSON report) and not on each of the results between them. A result whose list
    /// differs from its pair's carries its own in its properties (<c>allowed</c>).
    /// </summary>
    private static void WriteContextPairs(Utf8JsonWriter json, ReportDocument document)
    {
        if (document.Allowed.Pairs.Count == 0)
        {
            return;
        }

        json.WriteStartObject("properties");
        JsonReport.WriteContextPairs(json, document);
        json.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
