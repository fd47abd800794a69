-- Planted: a PL/pgSQL function in Reporting's schema whose body counts Sales' "Orders". The function is Reporting's,
-- but each call of it reads another context's table, which the function's name hides from its callers.
CREATE OR REPLACE FUNCTION reporting.orders_of_customer(customer int) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM sales."Orders" o WHERE o."CustomerId" = customer;
    RETURN n;
END
$$;
