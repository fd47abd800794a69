namespace FitnessKit.Model;

/// <summary>
/// A call (<c>call</c>, <c>callvirt</c>) in a type's code to a method of a type of another context, with what the
/// coupling styles read of it: which member holds it (a lambda or state machine belongs to the member that holds it),
/// where, and the called method's name and return type. A check records these as it decodes, so that the coupling need
/// not read the IL again.
/// </summary>
/// <param name="Member">The member that holds the call, named as <c>DataAssembly</c> names the owner of a method.</param>
/// <param name="MethodToken">The metadata token of the method whose body holds the call.</param>
/// <param name="Offset">The IL offset of the call instruction.</param>
/// <param name="DeclaringType">The type that declares the called method (the generic type itself for an instance).</param>
/// <param name="Method">The called method's name.</param>
/// <param name="ReturnType">What the called method returns; <see langword="null"/> for <c>void</c>.</param>
internal sealed record ForeignCall(string Member, int MethodToken, int Offset, TypeName DeclaringType, string Method, TypeUse? ReturnType);

/// <summary>Which calls of one type's code a check records (<see cref="ForeignCall"/>): on which declaring types, to which methods by name.</summary>
/// <param name="DeclaringType">Whether calls on a declaring type are recorded (for a generic instance, the generic type itself; the walker also asks it of the types an instance names, to pass over the others cheaply).</param>
/// <param name="Method">Whether calls to a method of that name are recorded.</param>
internal sealed record CallRecording(Func<TypeName, bool> DeclaringType, Func<string, bool> Method);
