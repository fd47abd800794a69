using Xunit;

namespace FitnessKit.Tests.TestSupport;

/// <summary>Tests that run a command from the repository root, so that it prints paths relative to it: they change the process's current directory, so they run alone.</summary>
[CollectionDefinition(nameof(CurrentDirectory), DisableParallelization = true)]
public sealed class CurrentDirectory;
