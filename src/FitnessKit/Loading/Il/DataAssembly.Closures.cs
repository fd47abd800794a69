using System.Reflection.Metadata;

namespace FitnessKit.Loading.Il;

/// <summary>Lambdas read as their user member creates them: with the variables their closure captured.</summary>
internal sealed partial class DataAssembly
{
    /// <summary>
    /// The traces of a lambda of a closure class, one for each closure its user member hands it when creating the
    /// delegate (<c>() =&gt; connection.QueryAsync(sql)</c> with the local <c>sql</c> set before): read so, a captured
    /// variable has the value the member gave it. None for a method that is no such lambda.
    /// </summary>
    public IReadOnlyList<MethodTrace> TracesAsCreated(MethodOwner lambda) => Guard(() =>
    {
        var traces = new List<MethodTrace>();
        var type = Metadata.GetTypeDefinition((TypeDefinitionHandle)System.Reflection.Metadata.Ecma335.MetadataTokens.EntityHandle(lambda.TypeToken));
        foreach (var handle in type.GetMethods())
        {
            var name = Metadata.GetString(Metadata.GetMethodDefinition(handle).Name);
            if (name != lambda.Member && !name.EndsWith("." + lambda.Member, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var call in Trace(handle).Calls)
            {
                foreach (var argument in call.Arguments)
                {
                    if (argument is NewObjectValue { Arguments: [NewObjectValue closure, MethodPointerValue pointer] } && pointer.Target.Definition == lambda.Method)
                    {
                        traces.Add(Trace(lambda.Method, [closure]));
                    }
                }
            }
        }

        return (IReadOnlyList<MethodTrace>)traces;
    });
}
