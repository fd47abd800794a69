-- A view over Catalog's own tables: Products from its model, price_history from 0001.
CREATE VIEW IF NOT EXISTS v_current_prices AS
SELECT p.Id AS product_id, p.Name, h.price
FROM Products p
JOIN price_history h ON h.product_id = p.Id
WHERE h.valid_from = (SELECT max(valid_from) FROM price_history WHERE product_id = p.Id);
