namespace FitnessKit.Cli.Proposals;

/// <summary>Where an assembly's name places it: the module or service (<paramref name="Key"/>), the name stem its assemblies share, and the module marker the stem ends with, if any.</summary>
/// <param name="Key">The module or service, such as <c>Orders</c>: the proposed context's name.</param>
/// <param name="Stem">The leading segments its assemblies share, such as <c>Acme.Shop.Modules.Orders</c>.</param>
/// <param name="ModuleMarker">The segment before the module's name (<c>Modules</c>), or <see langword="null"/>.</param>
/// <param name="IsApplicationLayer">Whether the name is a layer of the application itself (<c>Acme.BookStore.EntityFrameworkCore</c>): its key is then the product's name and its stem the prefix.</param>
internal sealed record NamePlacement(string Key, string Stem, string? ModuleMarker, bool IsApplicationLayer = false);
