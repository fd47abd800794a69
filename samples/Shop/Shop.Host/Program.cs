using System.Globalization;

using Shop.Billing.Contracts;
using Shop.Billing.Infrastructure;
using Shop.Customers.Contracts;
using Shop.Customers.Infrastructure;
using Shop.Orders.Contracts;
using Shop.Orders.Infrastructure;
using Shop.SharedKernel;
using Shop.Shipping.Infrastructure;

// The story prints the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var databases = Directory.CreateTempSubdirectory("fitnesskit-shop-");
try
{
    var bus = new InMemoryEventBus();
    bus.Subscribe<CustomerRegistered>((registered, _) =>
        Say($"  -> CustomerRegistered: Orders keeps its own copy of {registered.Name}."));
    bus.Subscribe<OrderPlaced>((placed, _) =>
        Say($"  -> OrderPlaced {Short(placed.OrderId)}: Shipping and Billing each store their own projection."));
    bus.Subscribe<InvoiceIssued>((issued, _) =>
        Say($"  -> InvoiceIssued {Short(issued.InvoiceId)} by Billing for {issued.Amount:0.00}."));

    var customers = CustomersModule.Create(bus, DatabaseFor("customers"));
    var orders = OrdersModule.Create(bus, DatabaseFor("orders"));
    var shipping = ShippingModule.Create(bus, DatabaseFor("shipping"));
    var billing = BillingModule.Create(bus, DatabaseFor("billing"));

    Console.WriteLine("Four bounded contexts, one SQLite database each, one event bus between them.");
    Console.WriteLine();

    Console.WriteLine("Customers registers Ada Lovelace.");
    var ada = await customers.RegisterAsync("Ada Lovelace", "ada@example.com");

    Console.WriteLine("Orders places an order for Ada: 2 x KEYBOARD at 45.00, 1 x MOUSE at 19.90.");
    var order = await orders.PlaceAsync(ada.Id, [new("KEYBOARD", 2, 45.00m), new("MOUSE", 1, 19.90m)]);
    Console.WriteLine($"Orders priced order {Short(order.Id)} at {order.Total:0.00} (5% off from 100.00).");
    Console.WriteLine();

    var shipments = await shipping.PendingShipmentsAsync();
    Console.WriteLine($"Shipping's own ShipmentRequests table holds {shipments.Count} request(s):");
    foreach (var shipment in shipments)
    {
        Console.WriteLine($"  order {Short(shipment.OrderId)}, customer {Short(shipment.CustomerId)}, {shipment.ItemCount} item(s)");
    }

    var invoices = await billing.InvoicesForCustomerAsync(ada.Id);
    Console.WriteLine($"Billing's own Invoices table holds {invoices.Count} invoice(s) for {ada.Name}:");
    foreach (var invoice in invoices)
    {
        Console.WriteLine($"  invoice {Short(invoice.Id)} for order {Short(invoice.OrderId)}: {invoice.Amount:0.00}");
    }

    Console.WriteLine();
    Console.WriteLine("No context read another's tables: everything crossed through the Contracts events.");
}
finally
{
    databases.Delete(recursive: true);
}

string DatabaseFor(string context) =>
    $"Data Source={Path.Combine(databases.FullName, context + ".db")};Pooling=False";

static string Short(Guid id) => id.ToString("N")[..8];

static Task Say(string line)
{
    Console.WriteLine(line);
    return Task.CompletedTask;
}
