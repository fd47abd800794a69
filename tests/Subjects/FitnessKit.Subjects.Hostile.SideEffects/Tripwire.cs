namespace FitnessKit.Subjects.Hostile.SideEffects;

/// <summary>Writes <c>tripped-&lt;who&gt;.txt</c> into the folder named by FITNESSKIT_TRIPWIRE, or into the temp folder when it is unset.</summary>
public static class Tripwire
{
    public const string FolderVariable = "FITNESSKIT_TRIPWIRE";

    public static void Trip(string who)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (string.IsNullOrEmpty(folder))
        {
            folder = Path.GetTempPath();
        }

        File.WriteAllText(Path.Combine(folder, "tripped-" + who + ".txt"), who);
    }
}
