-- Compliant twin of 0007: a synonym in Ledger's schema for Ledger's own statements table (created by 0001). It names
-- nothing of another context's.
CREATE SYNONYM ops.LedgerStatements FOR ops.Statements;
GO
