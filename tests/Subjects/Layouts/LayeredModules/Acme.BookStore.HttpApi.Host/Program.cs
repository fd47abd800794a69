using Acme.BookStore.Catalog.EntityFrameworkCore;
using Acme.BookStore.Catalog.Products;
using Acme.BookStore.EntityFrameworkCore;
using Acme.BookStore.Ordering.EntityFrameworkCore;
using Acme.BookStore.Ordering.HttpApi;
using Acme.BookStore.Ordering.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Acme.BookStore;

/// <summary>Registers every module's DbContext on the one connection string they share, as ABP's modules fall back to "Default".</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var connection = builder.Configuration.GetConnectionString("Default");
        builder.Services.AddDbContext<BookStoreDbContext>(o => o.UseSqlServer(connection));
        builder.Services.AddDbContext<OrderingDbContext>(o => o.UseSqlServer(connection));
        builder.Services.AddDbContext<CatalogDbContext>(o => o.UseSqlServer(connection));
        builder.Services.AddScoped<IOrderRepository, EfCoreOrderRepository>();
        builder.Services.AddScoped<IOrderAppService, OrderAppService>();
        builder.Services.AddScoped<IProductAppService, ProductAppService>();
        builder.Services.AddScoped<OrderController>();
        builder.Build().Run();
    }
}
