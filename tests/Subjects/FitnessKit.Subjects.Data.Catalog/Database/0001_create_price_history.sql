-- Catalog's own table beside its EF Core model: created here, with a foreign key to Products (its model's) and an index.
CREATE TABLE IF NOT EXISTS price_history (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES Products (Id) ON DELETE CASCADE,
    price      NUMERIC NOT NULL,
    valid_from TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_price_history_product ON price_history (product_id, valid_from);
