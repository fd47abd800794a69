using FitnessKit.ContextMapping;
using FitnessKit.Inspection;
using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// The data-access libraries whose tables, containers or collections FitnessKit does not read: a context whose
/// assemblies reference one is named in a note, so that a check that finds no table there is not read as a clean one.
/// </summary>
internal static class UnreadDataAccess
{
    // By the referenced assembly's name, as its package ships it; what each keeps, in the words of the note.
    private static readonly (string Assembly, string Library, string Keeps)[] Libraries =
    [
        ("NHibernate", "NHibernate", "mappings (hbm.xml, mapping by code)"),
        ("FluentNHibernate", "Fluent NHibernate", "class maps"),
        ("Raven.Client", "RavenDB", "collections"),
        ("Azure.Data.Tables", "Azure Table Storage", "tables"),
        ("Microsoft.Azure.Cosmos.Table", "Azure Table Storage", "tables"),
        ("ServiceStack.OrmLite", "ServiceStack.OrmLite", "tables"),
        ("PetaPoco", "PetaPoco", "tables ([TableName])"),
        ("NPoco", "NPoco", "tables ([TableName])"),
        ("RepoDb", "RepoDB", "tables ([Map])"),
        ("Dapper.Contrib", "Dapper.Contrib", "tables ([Table] and the names it gives each type)"),
        ("Dommel", "Dommel", "tables (the names it gives each type)"),
        ("Cassandra", "Cassandra", "tables"),
        ("Couchbase.NetClient", "Couchbase", "collections"),
    ];

    /// <summary>One note for each context and library it uses that FitnessKit does not read, in the order of the contexts.</summary>
    public static IEnumerable<string> Notes(ContextModel model)
    {
        foreach (var context in model.Contexts)
        {
            foreach (var (assembly, library, keeps) in Libraries)
            {
                // Asked for every context of a large map, for every library: nothing made unless one is referenced.
                List<string>? users = null;
                foreach (var member in context.Assemblies)
                {
                    if (References(member, assembly))
                    {
                        (users ??= []).Add(member.Name);
                    }
                }

                if (users is not null)
                {
                    yield return $"context {context.Name} uses {library} ({Phrases.And(users)} {(users.Count == 1 ? "references" : "reference")} {assembly}), whose {keeps} FitnessKit does not read: "
                        + $"what it keeps there is in no table of this model, so the data-ownership rules do not judge it";
                }
            }
        }
    }

    private static bool References(InspectedAssembly assembly, string name)
    {
        foreach (var reference in assembly.References)
        {
            if (string.Equals(reference, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
