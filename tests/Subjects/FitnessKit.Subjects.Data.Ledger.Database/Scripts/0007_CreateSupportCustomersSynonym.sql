-- Planted: a synonym in Ledger's schema for Support's Customers. Ledger's procedures and reports then read
-- ops.SupportCustomers, a name of Ledger's own, and Support's table is hidden behind it: the synonym reads it.
CREATE SYNONYM ops.SupportCustomers FOR support.Customers;
GO
