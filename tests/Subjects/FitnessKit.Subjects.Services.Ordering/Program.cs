namespace FitnessKit.Subjects.Services.Ordering;

/// <summary>The service's entry point; never run by the tests.</summary>
internal static class Program
{
    private static void Main() => Console.WriteLine(new OrderPlaced(Guid.NewGuid(), DateTimeOffset.UtcNow, 3));
}
