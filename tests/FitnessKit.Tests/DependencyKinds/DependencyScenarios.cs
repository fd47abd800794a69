using FitnessKit.Model;

namespace FitnessKit.Tests.DependencyKinds;

/// <summary>
/// The dependencies that the compiled scenarios of FitnessKit.Subjects.DependencyKinds must yield, one row per expected
/// dependency. Each scenario is one file, Scenarios/&lt;Scenario&gt;.cs, in the namespace
/// FitnessKit.Subjects.DependencyKinds.&lt;Scenario&gt;: its Dependent holds the rows below, its Independent twin holds no
/// dependency on FitnessKit.Subjects.Targets at all.
/// </summary>
/// <remarks>
/// The rows hold for a Debug and a Release build of the subjects alike. They are the dependencies that prove each
/// scenario, not every dependency the scenario has: a row is listed only where the IL and the wording of
/// <see cref="DependencyKind"/> leave no doubt. Accessor methods are not listed with ReturnType or ParameterType rows: a property's or
/// event's signature is reported once, as PropertyType or EventType. Left out on purpose: in BaseTypeArgument, the constructor's call of
/// <c>List&lt;KeyValuePair&lt;string, BaseArgumentTarget&gt;&gt;::.ctor</c>, a method declared on a BCL type whose generic
/// argument mentions the target.
/// </remarks>
public static class DependencyScenarios
{
    /// <summary>One dependency that a scenario must yield.</summary>
    /// <param name="Scenario">The scenario's name: its file name and the last part of its namespace.</param>
    /// <param name="SourceType">Full name of the type that holds the dependency, <c>+</c> for nested types.</param>
    /// <param name="Kind">Where in the compiled code the dependency occurs.</param>
    /// <param name="TargetType">Full name of the type depended on, with backtick arity for generic types.</param>
    /// <param name="Member">The member the user wrote, or <see langword="null"/> for a type-level dependency.</param>
    public sealed record Expected(string Scenario, string SourceType, DependencyKind Kind, string TargetType, string? Member);

    /// <summary>Every expected dependency, grouped as the scenarios are.</summary>
    public static readonly IReadOnlyList<Expected> All =
    [
        // Type level: no member.
        new("BaseType", "FitnessKit.Subjects.DependencyKinds.BaseType.Dependent", DependencyKind.BaseType, "FitnessKit.Subjects.Targets.BaseTarget", null),
        new("BaseType", "FitnessKit.Subjects.DependencyKinds.BaseType.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.BaseTarget", ".ctor"), // the implicit base constructor call
        new("GenericBaseType", "FitnessKit.Subjects.DependencyKinds.GenericBaseType.Dependent", DependencyKind.BaseType, "FitnessKit.Subjects.Targets.GenericBaseTarget`1", null),
        new("GenericBaseType", "FitnessKit.Subjects.DependencyKinds.GenericBaseType.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.GenericBaseTarget`1", ".ctor"), // the implicit base constructor call
        new("BaseTypeArgument", "FitnessKit.Subjects.DependencyKinds.BaseTypeArgument.Dependent", DependencyKind.BaseType, "FitnessKit.Subjects.Targets.BaseArgumentTarget", null),
        new("ImplementedInterface", "FitnessKit.Subjects.DependencyKinds.ImplementedInterface.Dependent", DependencyKind.ImplementedInterface, "FitnessKit.Subjects.Targets.IInterfaceTarget", null),
        new("GenericInterface", "FitnessKit.Subjects.DependencyKinds.GenericInterface.Dependent", DependencyKind.ImplementedInterface, "FitnessKit.Subjects.Targets.IGenericInterfaceTarget`1", null),
        new("GenericConstraintOnClass", "FitnessKit.Subjects.DependencyKinds.GenericConstraintOnClass.Dependent`1", DependencyKind.GenericConstraint, "FitnessKit.Subjects.Targets.IConstraintTarget", null),

        // Signatures of members.
        new("GenericConstraintOnMethod", "FitnessKit.Subjects.DependencyKinds.GenericConstraintOnMethod.Dependent", DependencyKind.GenericConstraint, "FitnessKit.Subjects.Targets.IMethodConstraintTarget", "Run"),
        new("FieldType", "FitnessKit.Subjects.DependencyKinds.FieldType.Dependent", DependencyKind.FieldType, "FitnessKit.Subjects.Targets.FieldTarget", "_target"),
        new("GenericArgumentAtDepth", "FitnessKit.Subjects.DependencyKinds.GenericArgumentAtDepth.Dependent", DependencyKind.FieldType, "FitnessKit.Subjects.Targets.DepthTarget", "_byName"),
        new("ArrayField", "FitnessKit.Subjects.DependencyKinds.ArrayField.Dependent", DependencyKind.FieldType, "FitnessKit.Subjects.Targets.ArrayElementTarget", "_items"),
        new("PointerField", "FitnessKit.Subjects.DependencyKinds.PointerField.Dependent", DependencyKind.FieldType, "FitnessKit.Subjects.Targets.PointerTarget", "_pointer"),
        new("FunctionPointerField", "FitnessKit.Subjects.DependencyKinds.FunctionPointerField.Dependent", DependencyKind.FieldType, "FitnessKit.Subjects.Targets.FunctionPointerTarget", "_callback"),
        new("NestedType", "FitnessKit.Subjects.DependencyKinds.NestedType.Dependent+Inner", DependencyKind.FieldType, "FitnessKit.Subjects.Targets.NestedTarget", "_target"),
        new("PropertyType", "FitnessKit.Subjects.DependencyKinds.PropertyType.Dependent", DependencyKind.PropertyType, "FitnessKit.Subjects.Targets.PropertyTarget", "Value"),
        new("IndexerParameter", "FitnessKit.Subjects.DependencyKinds.IndexerParameter.Dependent", DependencyKind.PropertyType, "FitnessKit.Subjects.Targets.IndexerTarget", "Item"),
        new("EventType", "FitnessKit.Subjects.DependencyKinds.EventType.Dependent", DependencyKind.EventType, "FitnessKit.Subjects.Targets.EventTarget", "Changed"),
        new("ParameterType", "FitnessKit.Subjects.DependencyKinds.ParameterType.Dependent", DependencyKind.ParameterType, "FitnessKit.Subjects.Targets.ParameterTarget", "Run"),
        new("ReturnType", "FitnessKit.Subjects.DependencyKinds.ReturnType.Dependent", DependencyKind.ReturnType, "FitnessKit.Subjects.Targets.ReturnTarget", "Run"),
        new("ByRefParameters", "FitnessKit.Subjects.DependencyKinds.ByRefParameters.Dependent", DependencyKind.ParameterType, "FitnessKit.Subjects.Targets.InTarget", "Run"),
        new("ByRefParameters", "FitnessKit.Subjects.DependencyKinds.ByRefParameters.Dependent", DependencyKind.ParameterType, "FitnessKit.Subjects.Targets.OutTarget", "Run"),
        new("ByRefParameters", "FitnessKit.Subjects.DependencyKinds.ByRefParameters.Dependent", DependencyKind.ParameterType, "FitnessKit.Subjects.Targets.RefTarget", "Run"),

        // A file-local class (C# 11): a top-level type of its own, named as written and by its file; a second file-local
        // Hidden in another file of the same namespace (FileLocalTypeTwin.cs) uses no target.
        new("FileLocalType", "FitnessKit.Subjects.DependencyKinds.FileLocalType.Hidden@FileLocalType", DependencyKind.ReturnType, "FitnessKit.Subjects.Targets.FileLocalTarget", "Make"),
        new("FileLocalType", "FitnessKit.Subjects.DependencyKinds.FileLocalType.Hidden@FileLocalType", DependencyKind.ObjectCreation, "FitnessKit.Subjects.Targets.FileLocalTarget", "Make"),
        new("FileLocalType", "FitnessKit.Subjects.DependencyKinds.FileLocalType.Hidden@FileLocalType", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.FileLocalTarget", "Later"), // in the lambda's cache, folded into Hidden

        // Method bodies.
        new("LocalVariable", "FitnessKit.Subjects.DependencyKinds.LocalVariable.Dependent", DependencyKind.LocalVariable, "FitnessKit.Subjects.Targets.LocalTarget", "Run"),
        new("LocalVariable", "FitnessKit.Subjects.DependencyKinds.LocalVariable.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.LocalTarget", "Run"),
        new("LocalVariable", "FitnessKit.Subjects.DependencyKinds.LocalVariable.Dependent", DependencyKind.ObjectCreation, "FitnessKit.Subjects.Targets.LocalTarget", "Run"),
        new("MethodCall", "FitnessKit.Subjects.DependencyKinds.MethodCall.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.CalledTarget", "Run"),
        new("ObjectCreation", "FitnessKit.Subjects.DependencyKinds.ObjectCreation.Dependent", DependencyKind.ObjectCreation, "FitnessKit.Subjects.Targets.CreatedTarget", "Run"),
        new("FieldAccess", "FitnessKit.Subjects.DependencyKinds.FieldAccess.Dependent", DependencyKind.FieldAccess, "FitnessKit.Subjects.Targets.AccessedTarget", "Run"),
        new("MemberSignatureReturn", "FitnessKit.Subjects.DependencyKinds.MemberSignatureReturn.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.SignatureService", "Run"), // the call itself names only the service
        new("MemberSignatureReturn", "FitnessKit.Subjects.DependencyKinds.MemberSignatureReturn.Dependent", DependencyKind.MemberSignature, "FitnessKit.Subjects.Targets.SignatureTarget", "Run"),
        new("MemberSignatureParameter", "FitnessKit.Subjects.DependencyKinds.MemberSignatureParameter.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.SignatureService", "Run"), // the call itself names only the service
        new("MemberSignatureParameter", "FitnessKit.Subjects.DependencyKinds.MemberSignatureParameter.Dependent", DependencyKind.MemberSignature, "FitnessKit.Subjects.Targets.SignatureParameterTarget", "Run"),
        new("MemberSignatureField", "FitnessKit.Subjects.DependencyKinds.MemberSignatureField.Dependent", DependencyKind.FieldAccess, "FitnessKit.Subjects.Targets.SignatureService", "Run"), // the field access itself names only the service
        new("MemberSignatureField", "FitnessKit.Subjects.DependencyKinds.MemberSignatureField.Dependent", DependencyKind.MemberSignature, "FitnessKit.Subjects.Targets.SignatureFieldTarget", "Run"),
        new("GenericArgument", "FitnessKit.Subjects.DependencyKinds.GenericArgument.Dependent", DependencyKind.GenericArgument, "FitnessKit.Subjects.Targets.GenericArgumentTarget", "Run"),
        new("TypeOf", "FitnessKit.Subjects.DependencyKinds.TypeOf.Dependent", DependencyKind.TypeOf, "FitnessKit.Subjects.Targets.TypeOfTarget", "Run"),
        new("TypeCheck", "FitnessKit.Subjects.DependencyKinds.TypeCheck.Dependent", DependencyKind.TypeCheck, "FitnessKit.Subjects.Targets.TypeCheckTarget", "Run"),
        new("TypeCast", "FitnessKit.Subjects.DependencyKinds.TypeCast.Dependent", DependencyKind.TypeCheck, "FitnessKit.Subjects.Targets.CastTarget", "Run"),
        new("Boxing", "FitnessKit.Subjects.DependencyKinds.Boxing.Dependent", DependencyKind.ParameterType, "FitnessKit.Subjects.Targets.BoxTarget", "Run"),
        new("Boxing", "FitnessKit.Subjects.DependencyKinds.Boxing.Dependent", DependencyKind.Boxing, "FitnessKit.Subjects.Targets.BoxTarget", "Run"),
        new("Unboxing", "FitnessKit.Subjects.DependencyKinds.Unboxing.Dependent", DependencyKind.ReturnType, "FitnessKit.Subjects.Targets.UnboxTarget", "Run"),
        new("Unboxing", "FitnessKit.Subjects.DependencyKinds.Unboxing.Dependent", DependencyKind.Boxing, "FitnessKit.Subjects.Targets.UnboxTarget", "Run"),
        new("DefaultValue", "FitnessKit.Subjects.DependencyKinds.DefaultValue.Dependent", DependencyKind.ParameterType, "FitnessKit.Subjects.Targets.DefaultTarget", "Run"),
        new("DefaultValue", "FitnessKit.Subjects.DependencyKinds.DefaultValue.Dependent", DependencyKind.DefaultValue, "FitnessKit.Subjects.Targets.DefaultTarget", "Run"),
        new("MethodPointer", "FitnessKit.Subjects.DependencyKinds.MethodPointer.Dependent", DependencyKind.MethodPointer, "FitnessKit.Subjects.Targets.MethodPointerTarget", "Run"),
        new("ArrayCreation", "FitnessKit.Subjects.DependencyKinds.ArrayCreation.Dependent", DependencyKind.ArrayCreation, "FitnessKit.Subjects.Targets.ArrayCreationTarget", "Run"),
        new("SizeOf", "FitnessKit.Subjects.DependencyKinds.SizeOf.Dependent", DependencyKind.TypeOperand, "FitnessKit.Subjects.Targets.SizeOfTarget", "Run"),
        new("ConstrainedCall", "FitnessKit.Subjects.DependencyKinds.ConstrainedCall.Dependent", DependencyKind.ParameterType, "FitnessKit.Subjects.Targets.ConstrainedCallTarget", "Run"),
        new("ConstrainedCall", "FitnessKit.Subjects.DependencyKinds.ConstrainedCall.Dependent", DependencyKind.TypeOperand, "FitnessKit.Subjects.Targets.ConstrainedCallTarget", "Run"),
        new("CatchClause", "FitnessKit.Subjects.DependencyKinds.CatchClause.Dependent", DependencyKind.CatchClause, "FitnessKit.Subjects.Targets.CatchTarget", "Run"),
        new("ExceptionFilter", "FitnessKit.Subjects.DependencyKinds.ExceptionFilter.Dependent", DependencyKind.CatchClause, "FitnessKit.Subjects.Targets.FilterTarget", "Run"), // catch (FilterTarget) when ...: the filter block opens with isinst FilterTarget, read as the catch clause it is

        // Attributes.
        new("AttributeOnType", "FitnessKit.Subjects.DependencyKinds.AttributeOnType.Dependent", DependencyKind.Attribute, "FitnessKit.Subjects.Targets.TypeMarkerAttribute", null),
        new("AttributeOnMethod", "FitnessKit.Subjects.DependencyKinds.AttributeOnMethod.Dependent", DependencyKind.Attribute, "FitnessKit.Subjects.Targets.MethodMarkerAttribute", "Run"),
        new("AttributeOnParameter", "FitnessKit.Subjects.DependencyKinds.AttributeOnParameter.Dependent", DependencyKind.Attribute, "FitnessKit.Subjects.Targets.ParameterMarkerAttribute", "Run"),
        new("AttributeOnReturnValue", "FitnessKit.Subjects.DependencyKinds.AttributeOnReturnValue.Dependent", DependencyKind.Attribute, "FitnessKit.Subjects.Targets.ReturnMarkerAttribute", "Run"),
        new("AttributeOnProperty", "FitnessKit.Subjects.DependencyKinds.AttributeOnProperty.Dependent", DependencyKind.Attribute, "FitnessKit.Subjects.Targets.PropertyMarkerAttribute", "Value"),
        new("AttributeOnField", "FitnessKit.Subjects.DependencyKinds.AttributeOnField.Dependent", DependencyKind.Attribute, "FitnessKit.Subjects.Targets.FieldMarkerAttribute", "_value"),
        new("AttributeOnGenericParameter", "FitnessKit.Subjects.DependencyKinds.AttributeOnGenericParameter.Dependent", DependencyKind.Attribute, "FitnessKit.Subjects.Targets.GenericParameterMarkerAttribute", "Run"),
        new("AttributeTypeOfArgument", "FitnessKit.Subjects.DependencyKinds.AttributeTypeOfArgument.Dependent", DependencyKind.AttributeArgument, "FitnessKit.Subjects.Targets.DescribedTarget", null),
        new("AttributeEnumArgument", "FitnessKit.Subjects.DependencyKinds.AttributeEnumArgument.Dependent", DependencyKind.AttributeArgument, "FitnessKit.Subjects.Targets.ModeTarget", null),
        new("AttributeLocalArguments", "FitnessKit.Subjects.DependencyKinds.AttributeLocalArguments.Dependent", DependencyKind.AttributeArgument, "FitnessKit.Subjects.Targets.DescribedTarget", null),

        // Members the user wrote: accessors are attributed to the property or event, constructors to .ctor and .cctor.
        new("PropertyAccessor", "FitnessKit.Subjects.DependencyKinds.PropertyAccessor.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.AccessorTarget", "Value"),
        new("EventAccessor", "FitnessKit.Subjects.DependencyKinds.EventAccessor.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.EventAccessorTarget", "Changed"),
        new("Constructor", "FitnessKit.Subjects.DependencyKinds.Constructor.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.ConstructorTarget", ".ctor"),
        new("StaticConstructor", "FitnessKit.Subjects.DependencyKinds.StaticConstructor.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.StaticConstructorTarget", ".cctor"),
        new("FieldInitializer", "FitnessKit.Subjects.DependencyKinds.FieldInitializer.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.FieldInitializerTarget", ".ctor"),

        // Compiler-generated code, attributed to the type and member the user wrote.
        new("AsyncMethod", "FitnessKit.Subjects.DependencyKinds.AsyncMethod.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.AsyncTarget", "Run"),
        new("Iterator", "FitnessKit.Subjects.DependencyKinds.Iterator.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.IteratorTarget", "Run"),
        new("Lambda", "FitnessKit.Subjects.DependencyKinds.Lambda.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.LambdaTarget", "Run"),
        new("Closure", "FitnessKit.Subjects.DependencyKinds.Closure.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.ClosureTarget", "Run"),
        new("LocalFunction", "FitnessKit.Subjects.DependencyKinds.LocalFunction.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.LocalFunctionTarget", "Run"),
        new("StaticLocalFunction", "FitnessKit.Subjects.DependencyKinds.StaticLocalFunction.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.StaticLocalFunctionTarget", "Run"),
        new("StaticLambda", "FitnessKit.Subjects.DependencyKinds.StaticLambda.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.StaticLambdaTarget", "Run"),
        new("AsyncLambda", "FitnessKit.Subjects.DependencyKinds.AsyncLambda.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.AsyncLambdaTarget", "Run"),
        new("AsyncLocalFunctionInClosure", "FitnessKit.Subjects.DependencyKinds.AsyncLocalFunctionInClosure.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.AsyncLocalFunctionTarget", "Run"),
        new("AsyncIterator", "FitnessKit.Subjects.DependencyKinds.AsyncIterator.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.AsyncIteratorTarget", "Run"),
        new("LambdaInPropertyAccessor", "FitnessKit.Subjects.DependencyKinds.LambdaInPropertyAccessor.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.LambdaInAccessorTarget", "Value"),
        new("PrimaryConstructor", "FitnessKit.Subjects.DependencyKinds.PrimaryConstructor.Dependent", DependencyKind.ParameterType, "FitnessKit.Subjects.Targets.PrimaryConstructorTarget", ".ctor"),
        new("PrimaryConstructor", "FitnessKit.Subjects.DependencyKinds.PrimaryConstructor.Dependent", DependencyKind.MemberSignature, "FitnessKit.Subjects.Targets.PrimaryConstructorTarget", "Run"), // ldfld of the hidden <target>P field, whose type is the target
        new("PrimaryConstructor", "FitnessKit.Subjects.DependencyKinds.PrimaryConstructor.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.PrimaryConstructorTarget", "Run"),
        new("LambdaInConstructor", "FitnessKit.Subjects.DependencyKinds.LambdaInConstructor.Dependent", DependencyKind.MethodCall, "FitnessKit.Subjects.Targets.LambdaInConstructorTarget", ".ctor"),
    ];
}
