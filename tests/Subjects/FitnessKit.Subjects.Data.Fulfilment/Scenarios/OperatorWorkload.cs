using Microsoft.EntityFrameworkCore;

namespace FitnessKit.Subjects.Data.Fulfilment.Scenarios;

/// <summary>
/// Twin of Reporting's FulfilmentModelTables: Fulfilment's own raw SQL over tables its model maps without naming them,
/// the join table LabelParcel and Operator, reached through a base class's navigation. Its own tables: nothing to report.
/// </summary>
internal sealed class OperatorWorkload
{
    public int LabelledParcelsOf(Guid operatorId)
    {
        using var context = new FulfilmentDbContext();
        return context.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS \"Value\" FROM \"LabelParcel\" lp JOIN \"Parcels\" p ON p.\"Id\" = lp.\"ParcelsId\" JOIN \"Operator\" o ON o.\"Id\" = p.\"CreatedById\" WHERE o.\"Id\" = {0}",
            operatorId).Single();
    }
}
