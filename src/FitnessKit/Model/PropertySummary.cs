namespace FitnessKit.Model;

/// <summary>A property of an inspected type whose type is a generic instance, such as <c>DbSet&lt;Order&gt; Orders</c>.</summary>
/// <param name="Name">The property name.</param>
/// <param name="Type">The property type.</param>
/// <param name="IsPublic">Whether the property's getter is public.</param>
internal sealed record PropertySummary(string Name, TypeUse Type, bool IsPublic);
