using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Ordering.Infrastructure;

namespace Ordering.API;

/// <summary>The service's own database: its DbContext connects by the connection string named OrderingDb.</summary>
internal static class Registration
{
    public static IHostApplicationBuilder AddOrderingData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddDbContext<OrderingContext>(options => options.UseSqlServer(builder.Configuration.GetConnectionString("OrderingDb")));
        return builder;
    }
}
