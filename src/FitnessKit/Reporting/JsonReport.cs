using System.Text.Json;
using FitnessKit.Baselines;
using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Rules;
using FitnessKit.Rules.ContractCompatibility;

namespace FitnessKit.Reporting;

/// <summary>Writes the report as JSON: every violation with all its data. The format is documented in docs/report-format.md.</summary>
internal static class JsonReport
{
    /// <summary>The version of the format: 2 since the allowed contract types are said once per pair of contexts (<c>contextPairs</c>) and not on every violation.</summary>
    public const int FormatVersion = 2;

    public static void Write(ReportDocument document, Stream stream)
    {
        var report = document.Report;
        JsonOutput.Write(stream, json =>
        {
            json.WriteStartObject();
            json.WriteString("format", "fitnesskit-report");
            json.WriteNumber("version", FormatVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "FitnessKit");
            json.WriteString("version", ReportDocument.ToolVersion);
            json.WriteEndObject();
            WriteSummary(json, document);
            WriteBaseline(json, report.Baseline);
            WriteRules(json, document);
            WriteContexts(json, document);
            WriteDependencies(json, document);
            WriteContextPairs(json, document);
            json.WriteStartArray("violations");
            foreach (var violation in report.Violations)
            {
                WriteViolation(json, document, violation);
                JsonOutput.FlushIfFull(json);
            }

            json.WriteEndArray();
            JsonTablesSection.Write(json, document);
            WriteNotes(json, document);
            json.WriteEndObject();
        });
    }

    private static void WriteSummary(Utf8JsonWriter json, ReportDocument document)
    {
        var report = document.Report;
        json.WriteStartObject("scope");
        json.WriteNumber("contexts", report.Model.Contexts.Count);
        json.WriteNumber("assemblies", report.Model.CodeBase.Assemblies.Count);
        json.WriteNumber("types", document.TypeCount);
        Strings(json, "rules", report.Rules.Select(r => r.Id));
        json.WriteEndObject();
        json.WriteStartObject("summary");
        json.WriteNumber("violations", report.Violations.Count);
        json.WriteNumber("new", document.NewCount);
        json.WriteNumber("baselined", document.BaselinedCount);
        json.WriteNumber("errors", document.Errors);
        json.WriteBoolean("passed", !report.HasErrors);
        json.WriteEndObject();
    }

    private static void WriteBaseline(Utf8JsonWriter json, BaselineStatus? baseline)
    {
        if (baseline is null)
        {
            json.WriteNull("baseline");
            return;
        }

        json.WriteStartObject("baseline");
        JsonOutput.StringOrNull(json, "file", baseline.Baseline.File is null ? null : Path.GetFileName(baseline.Baseline.File));
        json.WriteNumber("known", baseline.Known);
        json.WriteNumber("new", baseline.New);
        json.WriteNumber("fixed", baseline.FixedCount);
        json.WriteStartArray("stale");
        foreach (var entry in baseline.Stale)
        {
            entry.WriteTo(json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRules(Utf8JsonWriter json, ReportDocument document)
    {
        json.WriteStartArray("rules");
        foreach (var rule in document.Report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteString("title", rule.Title);
            json.WriteString("defaultSeverity", rule.DefaultSeverity.ToString().ToLowerInvariant());
            json.WriteString("rationale", rule.Rationale);
            json.WriteString("fix", rule.Fix);
            json.WriteString("helpUri", document.HelpUri(rule));
            json.WriteNumber("violations", document.ViolationsOf(rule));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteContexts(Utf8JsonWriter json, ReportDocument document)
    {
        json.WriteStartArray("contexts");
        foreach (var context in document.Report.Model.Contexts)
        {
            json.WriteStartObject();
            json.WriteString("name", context.Name);
            Strings(json, "assemblies", context.Assemblies.Select(a => a.Name));
            Strings(json, "contracts", context.ContractAssemblies);
            json.WriteNumber("types", context.Types.Count);
            json.WriteNumber("violationsFrom", document.CountFrom(context.Name));
            json.WriteNumber("violationsInto", document.CountInto(context.Name));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "sharedKernel", document.Report.Model.SharedKernelAssemblies);
    }

    private static void WriteDependencies(Utf8JsonWriter json, ReportDocument document)
    {
        json.WriteStartArray("dependencies");
        foreach (var edge in document.Edges)
        {
            json.WriteStartObject();
            json.WriteString("from", edge.From);
            json.WriteString("to", edge.To);
            json.WriteNumber("uses", edge.Uses);
            json.WriteNumber("violations", edge.Violations);
            json.WriteBoolean("cycle", edge.InCycle);
            json.WriteNumber("dataUses", edge.DataUses);
            json.WriteStartObject("styles");
            json.WriteNumber("events", edge.Styles.Events);
            json.WriteNumber("commands", edge.Styles.Commands);
            json.WriteNumber("queries", edge.Styles.Queries);
            json.WriteNumber("typeUses", edge.Styles.TypeUses);
            json.WriteNumber("data", edge.DataUses);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>What each source context may use of each target context, once per pair: the violations between them leave it out. SARIF writes the same array into its run's properties.</summary>
    internal static void WriteContextPairs(Utf8JsonWriter json, ReportDocument document)
    {
        json.WriteStartArray("contextPairs");
        foreach (var pair in document.Allowed.Pairs)
        {
            json.WriteStartObject();
            json.WriteString("from", pair.From);
            json.WriteString("to", pair.To);
            Strings(json, "allowed", pair.Allowed);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteViolation(Utf8JsonWriter json, ReportDocument document, Violation violation)
    {
        json.WriteStartObject();
        json.WriteString("rule", violation.Rule.Id);
        json.WriteString("ruleName", violation.Rule.Name);
        json.WriteString("severity", ReportDocument.SeverityName(violation));
        json.WriteBoolean("baselined", violation.Baselined);
        json.WriteString("message", violation.Message);
        json.WriteString("fix", violation.Fix);
        JsonOutput.StringOrNull(json, "sourceContext", violation.SourceContext);
        json.WriteString("sourceAssembly", violation.SourceAssembly);
        JsonOutput.StringOrNull(json, "sourceType", violation.SourceType);
        JsonOutput.StringOrNull(json, "sourceMember", violation.SourceMember);
        Strings(json, "kinds", violation.Kinds.Select(k => k.ToString()));
        JsonOutput.StringOrNull(json, "targetContext", violation.TargetContext);
        JsonOutput.StringOrNull(json, "targetAssembly", violation.TargetAssembly);
        JsonOutput.StringOrNull(json, "targetType", violation.TargetType);
        JsonOutput.StringOrNull(json, "targetTable", violation.TargetTable);
        WriteLocation(json, document, violation.Location);

        if (!document.Allowed.SaysAllowedOf(violation))
        {
            Strings(json, "allowed", violation.Allowed);
        }

        Strings(json, "related", violation.Related);
        WriteContract(json, document, violation.Contract);
        json.WriteString("key", violation.Key);
        json.WriteEndObject();
    }

    /// <summary>FK013's data: the verdict, the kinds of change and the consumers; null for the other rules. SARIF writes the same object into a result's properties.</summary>
    internal static void WriteContract(Utf8JsonWriter json, ReportDocument document, ContractFinding? contract)
    {
        if (contract is null)
        {
            json.WriteNull("contract");
            return;
        }

        json.WriteStartObject("contract");
        json.WriteString("verdict", JsonNamingPolicy.CamelCase.ConvertName(contract.Verdict.ToString()));
        Strings(json, "changes", contract.Changes.Select(c => c.ToString()));
        json.WriteStartArray("consumers");
        foreach (var consumer in contract.Consumers)
        {
            json.WriteStartObject();
            json.WriteString("context", consumer.Context);
            json.WriteString("type", consumer.Type);
            JsonOutput.StringOrNull(json, "member", consumer.Member);
            WriteLocation(json, document, consumer.Location);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A location as <c>{ "file", "line" }</c>, the file relative to the base directory when below it; null without one.</summary>
    private static void WriteLocation(Utf8JsonWriter json, ReportDocument document, SourceLocation? location)
    {
        if (location is null)
        {
            json.WriteNull("location");
            return;
        }

        json.WriteStartObject("location");
        json.WriteString("file", document.RelativeFile(location) ?? location.File.Replace('\\', '/'));
        json.WriteNumber("line", location.Line);
        json.WriteEndObject();
    }

    private static void WriteNotes(Utf8JsonWriter json, ReportDocument document)
    {
        var model = document.Report.Model;
        Strings(json, "unownedAssemblies", model.UnownedAssemblies);
        json.WriteStartArray("unresolvedReferences");
        foreach (var unresolved in model.CodeBase.UnresolvedReferences)
        {
            json.WriteStartObject();
            json.WriteString("assembly", unresolved.AssemblyName);
            Strings(json, "referencedBy", unresolved.ReferencedBy);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "undecided", document.Report.Notes);
        json.WriteStartArray("skippedFiles");
        foreach (var skipped in model.CodeBase.SkippedFiles)
        {
            json.WriteStartObject();
            json.WriteString("path", Path.GetRelativePath(document.BaseDirectory, skipped.Path).Replace('\\', '/'));
            json.WriteString("reason", skipped.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("damagedCacheFiles");
        foreach (var damaged in model.CodeBase.DamagedCacheFiles)
        {
            json.WriteStartObject();
            json.WriteString("cacheFile", Path.GetRelativePath(document.BaseDirectory, damaged.CacheFile).Replace('\\', '/'));
            json.WriteString("assembly", Path.GetRelativePath(document.BaseDirectory, damaged.AssemblyPath).Replace('\\', '/'));
            json.WriteString("reason", damaged.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a named array of strings.</summary>
    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
