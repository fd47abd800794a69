using FitnessKit.Model;

namespace FitnessKit.Loading.Il;

/// <summary>
/// What the interpreter of one assembly asks about code in another assembly of the same reading: the text a static
/// property or method returns (<c>OrderingDbProperties.DbTablePrefix</c>, a module's table prefix declared in its
/// domain assembly and read by its mapping assembly), and the text a static field holds.
/// </summary>
internal interface IForeignCode
{
    /// <summary>Whether code of that type's assembly is asked at all: the code base's and its packages', not the framework's.</summary>
    bool Answers(TypeName type);

    /// <summary>What a static method of another assembly returns for constant arguments: one text, <see cref="NullValue"/>, or nothing known.</summary>
    IlValue? ReturnOf(CalledMethod method, IlValue[] arguments, int depth);

    /// <summary>What a static field of another assembly holds once its type's static constructor ran: one text, <see cref="NullValue"/>, or nothing known.</summary>
    IlValue? StaticFieldValue(TypeName declaringType, string field);
}
