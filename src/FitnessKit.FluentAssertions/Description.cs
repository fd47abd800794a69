namespace FitnessKit.FluentAssertions;

/// <summary>Text that a failure message shows as it is: FluentAssertions would otherwise quote and escape a string.</summary>
internal sealed class Description(string text)
{
    public override string ToString() => text;
}
