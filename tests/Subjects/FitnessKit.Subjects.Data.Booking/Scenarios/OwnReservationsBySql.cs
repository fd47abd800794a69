using Npgsql;

namespace FitnessKit.Subjects.Data.Booking.Scenarios;

/// <summary>Compliant twin of the worker's BookingDocumentsBySql: Booking counts its own documents in the table Marten keeps them in.</summary>
internal sealed class OwnReservationsBySql
{
    public async Task<int> ReservationsOfRoomAsync(NpgsqlConnection connection, Guid roomId)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM booking.mt_doc_reservation WHERE data ->> 'RoomId' = @room", connection);
        command.Parameters.AddWithValue("room", roomId.ToString());
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
