namespace Acme.Shop.Modules.Payments.Infrastructure;

public static class PaymentsModule
{
    public static string Schema => "payments";
}
