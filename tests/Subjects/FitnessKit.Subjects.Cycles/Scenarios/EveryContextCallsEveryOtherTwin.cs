// Compliant twin of EveryContextCallsEveryOther: each context calls only the contexts after it, fifteen dependencies
// that all point one way.

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOtherTwin.Orders
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

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOtherTwin.Payments
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Shipping.Desk.Ping();
            Billing.Desk.Ping();
            Catalog.Desk.Ping();
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOtherTwin.Shipping
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Billing.Desk.Ping();
            Catalog.Desk.Ping();
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOtherTwin.Billing
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Catalog.Desk.Ping();
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOtherTwin.Catalog
{
    public static class Desk
    {
        public static void Ping()
        {
        }

        public static void CallOthers()
        {
            Customers.Desk.Ping();
        }
    }
}

namespace FitnessKit.Subjects.Cycles.EveryContextCallsEveryOtherTwin.Customers
{
    public static class Desk
    {
        public static void Ping()
        {
        }
    }
}
