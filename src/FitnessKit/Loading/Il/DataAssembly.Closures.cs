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
        foreach (var handle in MethodsOfMember(lambda.TypeToken, lambda.Member))
        {
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
