using Npgsql;

namespace FitnessKit.Subjects.Data.Worker.Scenarios;

/// <summary>
/// Planted: reads Booking's reservations straight from the table Marten keeps them in (booking.mt_doc_reservation),
/// which no code of the worker's names as a type: Booking's document store maps it.
/// </summary>
internal sealed class BookingDocumentsBySql
{
    public async Task<int> ReservationsOfRoomAsync(NpgsqlConnection connection, Guid roomId)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM booking.mt_doc_reservation WHERE data ->> 'RoomId' = @room", connection);
        command.Parameters.AddWithValue("room", roomId.ToString());
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
