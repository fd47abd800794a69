namespace FitnessKit.Model;

/// <summary>
/// Whether a check reads a dependency, told from what a decoder knows before it makes one: its target, its kind and
/// whether it is on the public surface. A decoder that is told so makes only the dependencies kept.
/// </summary>
/// <param name="target">The type depended on.</param>
/// <param name="kind">How it is depended on.</param>
/// <param name="isPublicSurface">Whether the dependency is on the type's public surface.</param>
internal delegate bool KeepDependency(TypeName target, DependencyKind kind, bool isPublicSurface);
