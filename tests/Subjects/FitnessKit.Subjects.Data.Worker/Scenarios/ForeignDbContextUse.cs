using FitnessKit.Subjects.Data.Legacy;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>FK008: the worker creates Legacy's DbContext and reads its settings through it, with no SQL in sight.</summary>
public sealed class ForeignDbContextUse
{
    public int CountSettings()
    {
        using var context = new LegacyDbContext();
        return context.Settings.Count();
    }
}
