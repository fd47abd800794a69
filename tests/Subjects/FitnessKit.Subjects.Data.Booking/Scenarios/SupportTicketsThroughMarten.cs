using Marten;

namespace FitnessKit.Subjects.Data.Booking.Scenarios;

/// <summary>Planted: Booking counts Support's open tickets with SQL it hands to its Marten session.</summary>
internal sealed class SupportTicketsThroughMarten(IQuerySession session)
{
    public async Task<int> OpenTicketsOfGuestAsync(Guid guestId, CancellationToken token)
    {
        var counts = await session.QueryAsync<int>("select count(*) from support.\"Tickets\" where \"CustomerId\" = ?", token, guestId);
        return counts.Count == 0 ? 0 : counts[0];
    }
}
