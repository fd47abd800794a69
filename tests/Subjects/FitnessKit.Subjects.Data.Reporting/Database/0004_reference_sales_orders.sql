-- Planted: a foreign key from Reporting's archive to Sales' "Orders". The constraint reads Sales' table on every
-- insert, and ties the two schemas together: Sales can no longer change "Orders" without Reporting.
ALTER TABLE public.report_archive
    ADD COLUMN order_id int,
    ADD CONSTRAINT fk_report_archive_order FOREIGN KEY (order_id) REFERENCES sales."Orders" ("Id");
