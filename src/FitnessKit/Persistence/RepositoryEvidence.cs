using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Persistence;

/// <summary>
/// Decides which classes named like repositories are persistence code: those that touch persistence, through a
/// DbContext of the system, an EF Core, ADO.NET, Dapper or other data-access type, or another such repository (a
/// generic base repository). A <c>UserRepositoryTests</c> helper or an in-memory <c>FakeRepository</c> is not.
/// </summary>
internal static class RepositoryEvidence
{
    private static readonly string[] DataAccessNamespaces =
    [
        "Microsoft.EntityFrameworkCore", "System.Data", "Microsoft.Data", "Npgsql", "MySql", "MySqlConnector", "Oracle.ManagedDataAccess",
        "Dapper", "MongoDB.Driver", "Marten", "NHibernate", "LinqToDB", "Raven.Client", "Cassandra", "Couchbase", "Microsoft.Azure.Cosmos",
        "Azure.Data.Tables", "ServiceStack.OrmLite", "PetaPoco", "RepoDb", "SqlKata", "Dommel",
    ];

    /// <summary>The candidates that touch persistence, each with the sentence that says how.</summary>
    /// <param name="codeBase">The code.</param>
    /// <param name="candidates">Classes whose name ends with a repository suffix, with that suffix.</param>
    /// <param name="found">The other persistence types already found, DbContexts among them.</param>
    /// <param name="view">How the check reads dependencies (it keeps every dependency of a class named like a repository).</param>
    public static IEnumerable<(InspectedType Type, string Evidence)> Decide(CodeBase codeBase, IReadOnlyList<(InspectedType Type, string Suffix)> candidates, IReadOnlyDictionary<TypeName, PersistenceType> found, DependencyView view)
    {
        var decided = new Dictionary<TypeName, string>();
        var pending = candidates.ToList();

        // A repository that touches persistence only through a base or helper repository is decided once that one is.
        for (var changed = true; changed && pending.Count > 0;)
        {
            changed = false;
            foreach (var (type, suffix) in pending.ToList())
            {
                if (Touch(codeBase, type, found, decided, view) is { } touched)
                {
                    decided[type.Name] = $"its name ends with {suffix} and it uses {touched}";
                    pending.RemoveAll(p => p.Type == type);
                    changed = true;
                }
            }
        }

        return candidates.Where(c => decided.ContainsKey(c.Type.Name)).Select(c => (c.Type, decided[c.Type.Name]));
    }

    /// <summary>Whether a type name lies in a data-access library's namespace, such as <c>System.Data.Common.DbConnection</c> or <c>Dapper.SqlMapper</c>.</summary>
    public static bool IsDataAccess(TypeName type)
    {
        // Asked once for every target a check meets: a loop, not a delegate made at each call.
        var space = type.Namespace;
        foreach (var prefix in DataAccessNamespaces)
        {
            if (space.StartsWith(prefix, StringComparison.Ordinal) && (space.Length == prefix.Length || space[prefix.Length] == '.'))
            {
                return true;
            }
        }

        return space.Contains(".EntityFrameworkCore", StringComparison.Ordinal);
    }

    private static string? Touch(CodeBase codeBase, InspectedType type, IReadOnlyDictionary<TypeName, PersistenceType> found, Dictionary<TypeName, string> decided, DependencyView view)
    {
        foreach (var baseType in codeBase.BaseTypesOf(type))
        {
            if (IsDataAccess(baseType.Type) || decided.ContainsKey(baseType.Type))
            {
                return baseType.Type.DisplayName;
            }
        }

        foreach (var dependency in view.Of(type))
        {
            var target = dependency.Target;
            if (IsDataAccess(target)
                || found.TryGetValue(target, out var persistence) && persistence.Kind is PersistenceKind.DbContext
                || decided.ContainsKey(target))
            {
                return target.DisplayName;
            }
        }

        return null;
    }
}
