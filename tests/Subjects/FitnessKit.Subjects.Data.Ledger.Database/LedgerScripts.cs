using System.Reflection;

namespace FitnessKit.Subjects.Data.Ledger.Database;

/// <summary>Where a migration runner finds Ledger's scripts: <c>WithScriptsEmbeddedInAssembly(LedgerScripts.Assembly)</c>.</summary>
public static class LedgerScripts
{
    public static Assembly Assembly => typeof(LedgerScripts).Assembly;
}
