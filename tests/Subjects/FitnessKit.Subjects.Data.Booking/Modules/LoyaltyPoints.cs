using Marten;

namespace FitnessKit.Subjects.Data.Booking.Modules.Loyalty;

public sealed record PointsEarned(Guid GuestId, int Points);

/// <summary>A second module that keeps Marten's default schema: its events share public.mt_events with the waitlist's.</summary>
internal sealed class LoyaltyPoints(IDocumentSession session)
{
    public Task EarnAsync(Guid guestId, int points)
    {
        session.Events.Append(guestId, new PointsEarned(guestId, points));
        return session.SaveChangesAsync();
    }
}
