-- Compliant twin of 0006: a SQL function over Reporting's own archive (created by 0003), which OwnArchiveCount calls
-- in an expression.
CREATE OR REPLACE FUNCTION reporting.archived_count(run int) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT count(*) FROM public.report_archive WHERE run_id = run;
$$;
