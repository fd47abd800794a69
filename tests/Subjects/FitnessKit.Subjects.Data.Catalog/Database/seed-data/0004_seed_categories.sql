-- Seed data in a folder whose name is no identifier: MSBuild names the resource ...Database.seed_data.0004_...sql,
-- and the script is still found at its file.
INSERT INTO categories (Id, Name) VALUES (1, 'Books');

INSERT INTO categories (Id, Name) VALUES (2, 'Games');
