// Planted (FK009): six contexts, each calling all five others: thirty dependencies in one cyclic group, with more
// cycles than FK009 reports for one group (fifteen of two contexts alone), so the report is capped and says so.

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOther.Orders
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Payments.Desk.Ping();
            Shipping.Desk.Ping();
            Billing.Desk.Ping();
            Catalog.Desk.Ping();
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOther.Payments
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Orders.Desk.Ping();
            Shipping.Desk.Ping();
            Billing.Desk.Ping();
            Catalog.Desk.Ping();
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOther.Shipping
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Orders.Desk.Ping();
            Payments.Desk.Ping();
            Billing.Desk.Ping();
            Catalog.Desk.Ping();
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOther.Billing
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Orders.Desk.Ping();
            Payments.Desk.Ping();
            Shipping.Desk.Ping();
            Catalog.Desk.Ping();
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOther.Catalog
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Orders.Desk.Ping();
            Payments.Desk.Ping();
            Shipping.Desk.Ping();
            Billing.Desk.Ping();
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOther.Customers
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Orders.Desk.Ping();
            Payments.Desk.Ping();
            Shipping.Desk.Ping();
            Billing.Desk.Ping();
            Catalog.Desk.Ping();
        }
    }
}
