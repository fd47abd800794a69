-- An audit table with a foreign key to the model's categories, filled by a trigger on price_history; a temporary
-- table, which is no table of the database's.
CREATE TABLE price_audit (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id  INTEGER NOT NULL,
    category_id INTEGER,
    changed_at  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    FOREIGN KEY (category_id) REFERENCES categories (Id)
);

CREATE TRIGGER trg_price_history_audit AFTER INSERT ON price_history
FOR EACH ROW
BEGIN
    INSERT INTO price_audit (product_id) VALUES (NEW.product_id);
END;

CREATE TEMP TABLE import_work (sku TEXT);
