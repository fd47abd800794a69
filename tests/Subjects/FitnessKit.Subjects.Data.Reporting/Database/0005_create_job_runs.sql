-- Planted: the same ops.job_runs that Ledger's database project creates (Scripts/0003_CreateJobRuns.sql there).
CREATE TABLE IF NOT EXISTS ops.job_runs (
    id       serial PRIMARY KEY,
    job_name text NOT NULL
);
