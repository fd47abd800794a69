using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>A public instance property as a type declares it.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Type">Its type, with generic arguments, when it is a class, an array or a generic instance; <see langword="null"/> for a scalar.</param>
/// <param name="NotMapped">Whether <c>[NotMapped]</c> is on it.</param>
/// <param name="IsKey">Whether <c>[Key]</c> is on it.</param>
internal sealed record DeclaredProperty(string Name, TypeUse? Type, bool NotMapped, bool IsKey);
