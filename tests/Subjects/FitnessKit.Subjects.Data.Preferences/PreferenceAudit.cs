using Azure.Data.Tables;

namespace FitnessKit.Subjects.Data.Preferences;

/// <summary>Who changed a preference when, in an Azure Table Storage table: a library whose tables the kit does not read.</summary>
public sealed class PreferenceAudit(TableServiceClient service)
{
    private readonly TableClient _table = service.GetTableClient("preferenceaudit");

    public Task RecordAsync(string customerId, string change) =>
        _table.AddEntityAsync(new TableEntity(customerId, Guid.NewGuid().ToString()) { ["Change"] = change });
}
