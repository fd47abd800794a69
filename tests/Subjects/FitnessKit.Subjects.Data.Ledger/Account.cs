namespace FitnessKit.Subjects.Data.Ledger;

/// <summary>A temporal table, ops.Accounts: SQL Server keeps its past rows in ops.AccountsHistory, which EF Core names.</summary>
public sealed class Account
{
    public Guid Id { get; set; }

    public decimal Balance { get; set; }
}
