namespace FitnessKit.Model;

/// <summary>
/// Where in compiled code one type depends on another. A dependency found in several places of the same member is
/// reported once per kind.
/// </summary>
public enum DependencyKind
{
    /// <summary>The type derives from the target (at any generic depth of the base type).</summary>
    BaseType,

    /// <summary>The type implements the target interface, or a generic instance of it.</summary>
    ImplementedInterface,

    /// <summary>A generic parameter of the type or of a method is constrained to the target.</summary>
    GenericConstraint,

    /// <summary>A field's type mentions the target.</summary>
    FieldType,

    /// <summary>A property's type or indexer parameter mentions the target.</summary>
    PropertyType,

    /// <summary>An event's delegate type mentions the target.</summary>
    EventType,

    /// <summary>A method parameter's type mentions the target.</summary>
    ParameterType,

    /// <summary>A method's return type mentions the target.</summary>
    ReturnType,

    /// <summary>A local variable of a method body has a type that mentions the target.</summary>
    LocalVariable,

    /// <summary>A method body calls a method declared on the target (call, callvirt, or a newobj of a delegate).</summary>
    MethodCall,

    /// <summary>A method body creates an instance of the target (newobj).</summary>
    ObjectCreation,

    /// <summary>A method body reads or writes a field declared on the target.</summary>
    FieldAccess,

    /// <summary>
    /// The signature of a called method or accessed field mentions the target: its parameter, return or field type.
    /// Other tools miss this kind: the target never appears in the calling code's own signatures.
    /// </summary>
    MemberSignature,

    /// <summary>A called generic method is instantiated with the target as a type argument.</summary>
    GenericArgument,

    /// <summary>A method body takes the target's runtime handle: <c>typeof</c> or <c>ldtoken</c>.</summary>
    TypeOf,

    /// <summary>A method body casts to or tests for the target: <c>castclass</c>, <c>isinst</c> (<c>as</c>, <c>is</c>).</summary>
    TypeCheck,

    /// <summary>A method body boxes or unboxes the target value type.</summary>
    Boxing,

    /// <summary>A method body initialises a value of the target with <c>default</c> (<c>initobj</c>).</summary>
    DefaultValue,

    /// <summary>A method body takes a pointer to a method of the target (<c>ldftn</c>, <c>ldvirtftn</c>), usually to make a delegate.</summary>
    MethodPointer,

    /// <summary>A method body creates an array of the target (<c>newarr</c>).</summary>
    ArrayCreation,

    /// <summary>Any other IL instruction that names the target: <c>sizeof</c>, typed <c>ldobj</c>/<c>stobj</c>/<c>ldelem</c>, <c>constrained.</c> and the like.</summary>
    TypeOperand,

    /// <summary>An exception handler catches or filters the target exception type.</summary>
    CatchClause,

    /// <summary>The type, or one of its members, parameters or generic parameters, carries an attribute of the target type.</summary>
    Attribute,

    /// <summary>An attribute argument is <c>typeof(Target)</c> or a value of the target enum.</summary>
    AttributeArgument,
}
