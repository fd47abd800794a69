namespace Shop.Reporting;

/// <summary>One file the old monolith exported (see <see cref="LegacyExportArchive"/>).</summary>
public sealed record LegacyExportRow(string FileName, DateTimeOffset ExportedAt);
