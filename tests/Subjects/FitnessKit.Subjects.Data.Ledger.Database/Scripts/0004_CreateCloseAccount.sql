-- Ledger's procedure that closes an account: a routine of Ledger's, as its tables are. Its body uses Ledger's own
-- tables only.
CREATE PROCEDURE ops.usp_CloseAccount
    @id int
AS
BEGIN
    UPDATE ops.Accounts SET Balance = 0 WHERE Id = @id;
    INSERT INTO ops.Statements (AccountId, IssuedOn) VALUES (@id, CAST(GETUTCDATE() AS date));
END
GO
