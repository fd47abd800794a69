using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace FitnessKit.Loading.Il;

/// <summary>The methods that hold a compiled body, read for what their parameters are: for SQL handed on to a helper.</summary>
internal sealed partial class DataAssembly
{
    /// <summary>A method defined here as a call to it names it (declaring type, name, parameter types).</summary>
    public CalledMethod? Describe(MethodDefinitionHandle method) => Guard(() => _resolver.Describe(method));

    /// <summary>Whether a method is one the user wrote: declared by the user type itself, not a lambda, closure, state machine or constructor.</summary>
    public bool IsUserMethod(MethodOwner method) => Guard(() =>
    {
        var definition = Metadata.GetMethodDefinition(method.Method);
        return MetadataTokens.GetToken(definition.GetDeclaringType()) == method.TypeToken
            && !Metadata.StringComparer.StartsWith(definition.Name, "<") && !Metadata.StringComparer.StartsWith(definition.Name, ".");
    });

    /// <summary>
    /// The user-written methods of a user type named as a member (<c>ExecuteAsync</c>, also an explicit implementation's
    /// <c>Sql.ISqlRunner.ExecuteAsync</c>) that declare a parameter of that name, each with the parameter's index as the IL
    /// counts it (<c>this</c> is 0 in an instance method).
    /// </summary>
    public IReadOnlyList<(MethodDefinitionHandle Method, int Argument)> ParametersNamed(int typeToken, string member, string parameter) => Guard(() =>
    {
        var found = new List<(MethodDefinitionHandle, int)>();
        foreach (var handle in MethodsOfMember(typeToken, member))
        {
            var method = Metadata.GetMethodDefinition(handle);
            foreach (var parameterHandle in method.GetParameters())
            {
                var declared = Metadata.GetParameter(parameterHandle);
                if (declared.SequenceNumber > 0 && Metadata.StringComparer.Equals(declared.Name, parameter))
                {
                    var isStatic = (method.Attributes & System.Reflection.MethodAttributes.Static) != 0;
                    found.Add((handle, declared.SequenceNumber - (isStatic ? 1 : 0)));
                }
            }
        }

        return (IReadOnlyList<(MethodDefinitionHandle, int)>)found;
    });

    /// <summary>The user-written methods of a user type named as a member, such as the method an async state machine runs for.</summary>
    public IReadOnlyList<MethodDefinitionHandle> MethodsNamed(int typeToken, string member) => Guard(() => (IReadOnlyList<MethodDefinitionHandle>)[.. MethodsOfMember(typeToken, member)]);

    /// <summary>The methods of a user type named as a member (<c>ExecuteAsync</c>, also an explicit implementation's <c>Sql.ISqlRunner.ExecuteAsync</c>).</summary>
    private IEnumerable<MethodDefinitionHandle> MethodsOfMember(int typeToken, string member)
    {
        foreach (var handle in Metadata.GetTypeDefinition((TypeDefinitionHandle)MetadataTokens.EntityHandle(typeToken)).GetMethods())
        {
            var name = Metadata.GetString(Metadata.GetMethodDefinition(handle).Name);
            if (name == member || name.EndsWith("." + member, StringComparison.Ordinal))
            {
                yield return handle;
            }
        }
    }
}
