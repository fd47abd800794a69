-- The migration script that creates Reporting's SQL-only projection, reporting.daily_sales (read by
-- Scenarios/OwnSchemaProjection.cs). Not compiled and not in the EF model: the table exists only in the database.
CREATE TABLE reporting.daily_sales (
    day   date          PRIMARY KEY,
    total numeric(18,2) NOT NULL
);
