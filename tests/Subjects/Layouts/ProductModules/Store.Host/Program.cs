using Store.Orders.Domain;
using Store.Payments.Domain;
using Store.Reporting;
using Store.Worker;

namespace Store.Host;

public static class Program
{
    public static void Main() =>
        Console.WriteLine(string.Join(", ", typeof(Order), typeof(Payment), typeof(OrderExportJob), typeof(SalesReport)));
}
