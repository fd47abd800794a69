using Marten;

namespace FitnessKit.Subjects.Data.Booking;

/// <summary>Booking's own use of its documents and events.</summary>
internal sealed class Reservations(IDocumentSession session)
{
    public async Task<Guid> ReserveAsync(Guid roomId, Guid guestId, string note)
    {
        var reservation = new Reservation { Id = Guid.NewGuid(), RoomId = roomId };
        session.Store(reservation);
        session.Insert(new Reservation.Note { Id = Guid.NewGuid(), Text = note });
        session.Events.StartStream<Reservation>(reservation.Id, new ReservationMade(reservation.Id, roomId));
        var guest = await session.LoadAsync<Guest>(guestId);
        var room = await session.Query<Room>().FirstOrDefaultAsync(r => r.Id == roomId);
        await session.SaveChangesAsync();
        return guest is null || room is null ? Guid.Empty : reservation.Id;
    }
}
