namespace FitnessKit.Subjects.Services.Basket;

/// <summary>The service's entry point; never run by the tests.</summary>
internal static class Program
{
    private static void Main() => Console.WriteLine(new BasketCheckedOut(Guid.NewGuid(), DateTimeOffset.UtcNow));
}
