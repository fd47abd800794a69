-- Ledger's scalar function for an account's balance: a routine of Ledger's, as its tables are. Its body reads Ledger's
-- own table only, and ops.usp_CloseAccount's twin in shape: other contexts call neither.
CREATE FUNCTION ops.ufn_BalanceOf (@id int)
RETURNS decimal(18, 2)
AS
BEGIN
    RETURN (SELECT Balance FROM ops.Accounts WHERE Id = @id);
END
GO
