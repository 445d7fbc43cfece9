-- A new letter kind, LATER (延迟答复告知书, Art. 35). PostgreSQL widens the CHECK in place (the
-- SQLite twin has to copy the table); rows, keys and triggers stay as they are.
ALTER TABLE letters DROP CONSTRAINT letters_kind_check;
ALTER TABLE letters ADD CONSTRAINT letters_kind_check
    CHECK (kind IN ('RECEIPT', 'CORRECTION', 'EXTENSION', 'LATER', 'CONSULTATION', 'FEE', 'REPLY'));
