-- Compliant twin of 0002: Reporting creates a table of its own, indexes it and adds a column to it. The table is
-- created in schema public, which Reporting does not own: the CREATE TABLE alone makes it Reporting's.
CREATE TABLE IF NOT EXISTS public.report_archive (
    id        bigserial PRIMARY KEY,
    run_id    int       NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS ix_report_archive_stored_at ON public.report_archive (stored_at);

ALTER TABLE public.report_archive ADD COLUMN IF NOT EXISTS note text;
