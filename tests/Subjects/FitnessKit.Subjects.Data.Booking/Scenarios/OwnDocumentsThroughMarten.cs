using Marten;

namespace FitnessKit.Subjects.Data.Booking.Scenarios;

/// <summary>
/// Compliant twin of SupportTicketsThroughMarten: SQL handed to the session over Booking's own document table, and a
/// WHERE clause, which Marten puts after a SELECT of the reservations' own table.
/// </summary>
internal sealed class OwnDocumentsThroughMarten(IQuerySession session)
{
    public async Task<int> ReservationsOfRoomAsync(Guid roomId, CancellationToken token)
    {
        var all = await session.QueryAsync<Reservation>("select data from booking.mt_doc_reservation where data ->> 'RoomId' = ?", token, roomId.ToString());
        var filtered = await session.QueryAsync<Reservation>("where data ->> 'RoomId' = ?", token, roomId.ToString());
        return Math.Min(all.Count, filtered.Count);
    }
}
