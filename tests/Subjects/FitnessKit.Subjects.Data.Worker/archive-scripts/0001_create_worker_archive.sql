-- Compliant: the worker's own archive table, created by a script DbUp reads from disk (ArchiveScriptsFromDisk).
CREATE TABLE ops.worker_archive (
    run_id int PRIMARY KEY,
    archived_at datetime2 NOT NULL
);
