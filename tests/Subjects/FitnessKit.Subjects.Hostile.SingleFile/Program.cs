namespace FitnessKit.Subjects.Hostile.SingleFile;

/// <summary>An application whose published form is one native file: nothing in it is read, nothing runs.</summary>
public static class Program
{
    public static void Main() => Console.WriteLine("published as a single file");
}
