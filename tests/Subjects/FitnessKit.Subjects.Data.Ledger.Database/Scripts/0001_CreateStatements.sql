-- Compliant: Ledger's statements table, with a foreign key to Ledger's own ops.Accounts, and a view over both. In
-- batches, as SQL Server scripts are written.
CREATE TABLE ops.Statements
(
    Id        int IDENTITY PRIMARY KEY,
    AccountId int NOT NULL CONSTRAINT FK_Statements_Accounts REFERENCES ops.Accounts (Id),
    IssuedOn  date NOT NULL
);
GO

CREATE VIEW ops.vLatestStatements
AS
SELECT s.AccountId, MAX(s.IssuedOn) AS IssuedOn
FROM ops.Statements AS s
JOIN ops.Accounts AS a ON a.Id = s.AccountId
GROUP BY s.AccountId;
GO
