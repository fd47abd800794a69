-- Planted: a view in Reporting's schema over Sales' "Orders" and Support's "Customers". The view is Reporting's, but
-- its query reads two other contexts' tables and joins them in one statement. Embedded in the assembly, as DbUp's
-- scripts are; read at its line here.
CREATE OR REPLACE VIEW reporting.v_sales_by_customer AS
SELECT c."Id" AS customer_id,
       count(o."Id") AS orders
FROM sales."Orders" o
JOIN support."Customers" c ON c."Id" = o."CustomerId"
GROUP BY c."Id";
