using FitnessKit.Inspection;
using FitnessKit.Model;
using FitnessKit.Tables;

namespace FitnessKit.Rules.SharedTable;

/// <summary>
/// What FK006 says of one mapping: of a table that other contexts map too, or of another context's entity mapped. The
/// sentences are composed each time they are read, from the mapping and the code base's names, and not kept: a table
/// that every module of a large system maps gives a violation per module, thousands of sentences that a check prints
/// few of (on 1,000 modules, 18 MB held to the end of the check when they were composed as each was found).
/// </summary>
/// <param name="codeBase">The code base the names are read from, as C# writes them.</param>
/// <param name="mapping">The mapping.</param>
/// <param name="mapper">The context of the mapping's DbContext.</param>
/// <param name="table">The table.</param>
/// <param name="others">The other contexts that map the table; empty when the entity is another context's.</param>
/// <param name="entityOwner">The context that owns the entity, when <paramref name="others"/> is empty.</param>
internal sealed class MappingSentences(CodeBase codeBase, TableMapping mapping, string mapper, TableName table, IReadOnlyList<string> others, string? entityOwner)
    : ViolationSentences
{
    public override string Message() => others.Count > 0
        ? $"{Mapper()} to table {table} ({mapping.Evidence}), and {OtherMappers()} {(others.Count == 1 ? "maps" : "map")} it too: the table has {others.Count + 1} owners, so none of them can change it alone."
        : $"{codeBase.NameOf(mapping.DbContext)} of context {mapper} maps {codeBase.NameOf(mapping.Entity)}, an entity of context {entityOwner}, to table {table} ({mapping.Evidence}): {mapper} stores {Phrases.Possessive(entityOwner!)} model, so every change to it is a change to {Phrases.Possessive(mapper)} schema.";

    public override string Fix() => others.Count > 0
        ? $"Let one context own {table}; give {(others.Count == 1 ? "the other" : "the others")} a table in {(others.Count == 1 ? "its" : "their")} own schema, fed by the owner's integration events.{DataPhrases.SeparateDatabases(table)}"
        : $"Map a type of {Phrases.Possessive(mapper)} own in {codeBase.NameOf(mapping.DbContext)}, holding only what {mapper} needs, and fill it from {Phrases.Possessive(entityOwner!)} integration events.";

    /// <summary>Who maps what: a DbContext maps an entity; a class that maps itself (linq2db's <c>[Table]</c>) is mapped.</summary>
    private string Mapper() => mapping.DbContext.Equals(mapping.Entity)
        ? $"{codeBase.NameOf(mapping.Entity)} of context {mapper} is mapped"
        : $"{codeBase.NameOf(mapping.DbContext)} of context {mapper} maps {codeBase.NameOf(mapping.Entity)}";

    /// <summary>The other contexts that map the table: each by name when they are few; when many, how many and the first few, so that a table mapped by every module does not name them all in each of its violations.</summary>
    private string OtherMappers() =>
        others.Count <= 3 ? Phrases.And(others) : $"{Phrases.Count(others.Count, "other context")} ({Phrases.Some(others, 3)})";
}
