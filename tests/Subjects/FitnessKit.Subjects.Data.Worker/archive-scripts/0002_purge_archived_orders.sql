-- Planted: a script of the worker's that deletes Sales' orders (FK004), read where the build copies it.

DELETE FROM sales.Orders
WHERE Id IN (SELECT run_id FROM ops.worker_archive);
