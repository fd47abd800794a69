-- A script with SQLCMD's syntax, which ScriptDom does not read: the batch that uses it is listed as not read, at its
-- line, and the batches around it are read. All of it is Ledger's: quiet.
CREATE TABLE ops.close_log (id int IDENTITY PRIMARY KEY, account_id int NOT NULL);
GO
:setvar Reader reporting_reader
GRANT SELECT ON ops.close_log TO $(Reader);
GO
CREATE INDEX IX_close_log_account ON ops.close_log (account_id);
GO
