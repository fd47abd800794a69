using FitnessKit.Model;

namespace FitnessKit.Tables;

/// <summary>
/// A database function a DbContext's model maps, so that its queries call it: <c>HasDbFunction</c> (with
/// <c>HasName</c> and <c>HasSchema</c>), a method of the context marked <c>[DbFunction]</c>, or an entity type read
/// from a table-valued function (<c>ToFunction</c>). The function is a routine the context uses, as SQL that calls it
/// does, whichever context creates it.
/// </summary>
/// <param name="Name">The function's name in the database.</param>
/// <param name="Schema">The schema the mapping names, or none for the model's default.</param>
/// <param name="Api">The API that maps it, such as <c>Microsoft.EntityFrameworkCore.RelationalModelBuilderExtensions.HasDbFunction</c>.</param>
/// <param name="Member">The member of the context where it is mapped, as a statement's source names it: <c>OnModelCreating</c>, or the marked method.</param>
/// <param name="Site">Where the mapping is written.</param>
internal sealed record DbFunctionUse(string Name, string? Schema, string Api, string Member, MappingSite Site);
