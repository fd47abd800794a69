-- Planted: Ledger's scripts create ops.job_runs, and so do Reporting's (Database/0005_create_job_runs.sql). No DbContext
-- maps the table; two contexts define it, so neither can change it alone.
CREATE TABLE ops.job_runs
(
    id       int IDENTITY PRIMARY KEY,
    job_name nvarchar(100) NOT NULL
);
