using Catalog.API.Infrastructure;
using Microsoft.Extensions.Hosting;
using Shop.ServiceDefaults;

namespace Catalog.API;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.AddNpgsqlDbContext<CatalogContext>("catalogdb");
        Console.WriteLine(HostingDefaults.Describe("Catalog"));
    }
}
