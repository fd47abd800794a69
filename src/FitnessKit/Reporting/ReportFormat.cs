using FitnessKit.Evaluation;

namespace FitnessKit.Reporting;

/// <summary>A format a <see cref="FitnessReport"/> can be written in.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML page with the context map, a filterable violations table, a section per context and a dependency matrix.</summary>
    Html,

    /// <summary>A Markdown summary for a CI job summary or pull-request comment, with the context map as a Mermaid diagram.</summary>
    Markdown,

    /// <summary>Every violation with all its data, as described in docs/report-format.md.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for code-scanning tools.</summary>
    Sarif,

    /// <summary>JUnit XML: a test case per rule and context, for CI test-result views.</summary>
    JUnit,
}
