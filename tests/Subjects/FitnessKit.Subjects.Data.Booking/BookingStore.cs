using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace FitnessKit.Subjects.Data.Booking;

/// <summary>Booking's document store: its own schema, one document type in another schema, one under an alias of its own.</summary>
public static class BookingStore
{
    public static IServiceCollection AddBookingStore(this IServiceCollection services, string connectionString)
    {
        services.AddMarten(options =>
        {
            options.Connection(connectionString);
            Configure(options);
        });
        return services;
    }

    /// <summary>The store's settings, which the tests also hand to Marten itself to learn the tables it would create.</summary>
    public static void Configure(StoreOptions options)
    {
        options.DatabaseSchemaName = "booking";
        options.Schema.For<Guest>().DatabaseSchemaName("guests");
        options.Schema.For<Room>();
        // The fluent alias is applied after the attribute's, and wins.
        options.Schema.For<Stay>().DocumentAlias("booked_stay");
    }
}
