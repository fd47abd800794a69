using Marten;

namespace FitnessKit.Subjects.Data.Booking.Modules.Waitlist;

public sealed record GuestWaitlisted(Guid GuestId, Guid RoomId);

/// <summary>
/// A module that appends to Marten's event store with no schema of its own: read as a context of its own (a map by
/// namespace), its events are in public.mt_events, as are the loyalty module's.
/// </summary>
internal sealed class WaitlistEntries(IDocumentSession session)
{
    public Task AddAsync(Guid guestId, Guid roomId)
    {
        session.Events.Append(roomId, new GuestWaitlisted(guestId, roomId));
        return session.SaveChangesAsync();
    }
}
