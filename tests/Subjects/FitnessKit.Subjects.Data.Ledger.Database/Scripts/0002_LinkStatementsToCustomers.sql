-- Planted: Ledger's statements get a foreign key to Support's customers. Support can no longer change or move
-- support.Customers without breaking Ledger's schema.
ALTER TABLE ops.Statements ADD CustomerId int NULL;
GO

ALTER TABLE ops.Statements ADD CONSTRAINT FK_Statements_Customers FOREIGN KEY (CustomerId) REFERENCES support.Customers (Id);
GO
