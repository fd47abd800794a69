namespace FitnessKit;

/// <summary>
/// The one exception FitnessKit throws for bad input: a file that is not a readable .NET assembly, a configuration
/// that is malformed or matches nothing, a context map that contradicts itself. Its message names the file or setting
/// and what is wrong; <see cref="Problems"/> lists each problem on its own.
/// </summary>
public sealed class FitnessKitException : Exception
{
    /// <summary>Initializes a new instance with one problem.</summary>
    /// <param name="problem">What is wrong, naming the file or setting.</param>
    public FitnessKitException(string problem)
        : this([problem])
    {
    }

    /// <summary>Initializes a new instance with one problem and the exception that revealed it.</summary>
    /// <param name="problem">What is wrong, naming the file or setting.</param>
    /// <param name="innerException">The exception that revealed the problem.</param>
    public FitnessKitException(string problem, Exception innerException)
        : base(problem, innerException)
    {
        Problems = [problem];
    }

    /// <summary>Initializes a new instance with several problems, reported together.</summary>
    /// <param name="problems">Each problem, naming the file or setting.</param>
    public FitnessKitException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Initializes a new instance with no description; prefer the constructors that say what is wrong.</summary>
    public FitnessKitException()
        : this("FitnessKit was given input it cannot use.")
    {
    }

    /// <summary>Gets each problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) =>
        problems.Count == 1 ? problems[0] : $"{problems.Count} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
