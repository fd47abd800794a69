namespace FitnessKit.Subjects.Data.Reporting.Scenarios;

/// <summary>
/// Compliant: strings that read like SQL to a keyword search (SELECT ... FROM, DELETE(d) FROM, UPDATE ... JOIN) but are
/// prose. One is returned, one is written to a log, one is an exception message; no SQL API receives any of them.
/// </summary>
internal sealed class ProseNotSql(TextWriter log)
{
    public string EmptySelectionHint()
    {
        return "Select a report from the list to export.";
    }

    public void RemoveFromCart(ICollection<Guid> cart, Guid item)
    {
        cart.Remove(item);
        log.WriteLine("Deleted from cart");
    }

    public void JoinTeam(bool profileComplete)
    {
        if (!profileComplete)
        {
            throw new InvalidOperationException("Please update your profile before you join the team");
        }
    }
}
