namespace Bakery.Web.Modules.Kitchen;

public static class KitchenModule
{
    public static string Schema => "kitchen";
}
