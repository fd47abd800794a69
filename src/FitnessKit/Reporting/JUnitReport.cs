using System.Globalization;
using System.Text;
using System.Xml;
using FitnessKit.Rules;

namespace FitnessKit.Reporting;

/// <summary>Writes the report as JUnit XML: a test suite per rule with a test case per context (and one for code outside any context), so CI test views show which boundary fails.</summary>
internal static class JUnitReport
{
    private const string NoContext = "(outside any context)";

    public static void Write(ReportDocument document, Stream stream)
    {
        var report = document.Report;
        var contexts = report.Model.Contexts.Select(c => c.Name).ToList();
        var suites = report.Rules.Select(rule =>
        {
            var violations = report.Violations.Where(v => v.Rule.Id == rule.Id).ToList();
            var cases = contexts.Select(c => (Name: c, Violations: violations.Where(v => v.SourceContext == c).ToList())).ToList();
            var outside = violations.Where(v => v.SourceContext is null || !contexts.Contains(v.SourceContext)).ToList();
            if (outside.Count > 0)
            {
                cases.Add((NoContext, outside));
            }

            return (Rule: rule, Cases: cases);
        }).ToList();

        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n", CloseOutput = false };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "FitnessKit");
            xml.WriteAttributeString("tests", Count(suites.Sum(s => s.Cases.Count)));
            xml.WriteAttributeString("failures", Count(suites.Sum(s => s.Cases.Count(c => Fails(c.Violations)))));
            foreach (var (rule, cases) in suites)
            {
                xml.WriteStartElement("testsuite");
                xml.WriteAttributeString("name", $"{rule.Id} {rule.Name}");
                xml.WriteAttributeString("tests", Count(cases.Count));
                xml.WriteAttributeString("failures", Count(cases.Count(c => Fails(c.Violations))));
                xml.WriteAttributeString("errors", "0");
                xml.WriteAttributeString("skipped", "0");
                foreach (var (context, violations) in cases)
                {
                    WriteCase(xml, document, rule, context, violations);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.Write("\n"u8);
    }

    private static void WriteCase(XmlWriter xml, ReportDocument document, RuleDescriptor rule, string context, List<Violation> violations)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", $"FitnessKit.{rule.Id}.{rule.Name}");
        xml.WriteAttributeString("name", ReportText.Printable(context));
        var failing = violations.Where(v => !v.Baselined && v.Severity == Severity.Error).ToList();
        if (failing.Count > 0)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", rule.Id);
            xml.WriteAttributeString("message", $"{ReportText.Plural(failing.Count, "violation")} of {rule.Name} in {ReportText.Printable(context)}");
            Describe(xml, document, failing);
            xml.WriteEndElement();
        }

        var other = violations.Except(failing).ToList();
        if (other.Count > 0)
        {
            xml.WriteStartElement("system-out");
            Describe(xml, document, other, withStatus: true);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static bool Fails(List<Violation> violations) => violations.Any(v => !v.Baselined && v.Severity == Severity.Error);

    /// <summary>Writes each violation as the CLI prints it, a blank line between two, one at a time: a context with thousands of violations is never one string.</summary>
    private static void Describe(XmlWriter xml, ReportDocument document, IEnumerable<Violation> violations, bool withStatus = false)
    {
        var first = true;
        foreach (var violation in violations)
        {
            if (!first)
            {
                xml.WriteString("\n\n");
            }

            first = false;
            if (withStatus)
            {
                xml.WriteString(violation.Baselined ? "[baselined] " : $"[{ReportDocument.SeverityName(violation)}] ");
            }

            xml.WriteString(Lines(violation, document.BaseDirectory));
        }
    }

    /// <summary>What <see cref="Violation.Describe"/> says, each part escaped on its own: a name cannot add or forge a line.</summary>
    private static string Lines(Violation violation, string? baseDirectory)
    {
        var location = violation.Location is null ? string.Empty : $"\n    at {ReportText.Printable(violation.Location.ToString(baseDirectory))}";
        return $"{violation.Rule.Id} {ReportText.Printable(violation.Message)}{location}\n    Fix: {ReportText.Printable(violation.Fix)}";
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
