using Xunit;

namespace FitnessKit.Tests.EndToEnd;

/// <summary>Tests that pack the shipped projects (with --no-build, into the same obj folders) run one at a time.</summary>
[CollectionDefinition(nameof(PackingOneAtATime))]
public sealed class PackingOneAtATime;
