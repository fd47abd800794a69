namespace FitnessKit.Loading.Il;

/// <summary>A SQL script embedded in an assembly as a manifest resource (DbUp's scripts, a query kept in a <c>.sql</c> file).</summary>
/// <param name="Name">The resource's name, such as <c>Billing.Database.Scripts.0001_CreateInvoices.sql</c>.</param>
/// <param name="Text">The script's text, or <see langword="null"/> when it could not be read.</param>
/// <param name="Problem">Why the text could not be read; <see langword="null"/> when it was.</param>
internal sealed record EmbeddedScript(string Name, string? Text, string? Problem);
