using Acme.BookStore.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Acme.BookStore.DbMigrator;

/// <summary>Migrates the database the modules share.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var options = new DbContextOptionsBuilder<BookStoreDbContext>().UseSqlServer(args[0]).Options;
        using var context = new BookStoreDbContext(options);
        context.Database.Migrate();
    }
}
