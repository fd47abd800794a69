// Scenario: a class whose first recorded line is the opening brace of a method body: a finding about the type points
// at the class line (line 5).
namespace FitnessKit.Subjects.Output.Catalog.Scenarios;

public sealed class ShelfPlanner
{
    public int Plan(int shelves)
    {
        var planned = shelves * 2;
        return planned;
    }
}
