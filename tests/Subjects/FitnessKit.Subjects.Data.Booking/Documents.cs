using Marten.Schema;

namespace FitnessKit.Subjects.Data.Booking;

public sealed class Reservation
{
    public Guid Id { get; set; }

    public Guid RoomId { get; set; }

    /// <summary>A note on a reservation, stored as a document of its own.</summary>
    public sealed class Note
    {
        public Guid Id { get; set; }

        public string Text { get; set; } = "";
    }
}

public sealed class Guest
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

[DocumentAlias("hotel_room")]
public sealed class Room
{
    public Guid Id { get; set; }

    public int Number { get; set; }
}

[DocumentAlias("stay")]
public sealed class Stay
{
    public Guid Id { get; set; }
}

public sealed record ReservationMade(Guid ReservationId, Guid RoomId);
