-- A new letter kind, LATER (延迟答复告知书, Art. 35). SQLite cannot widen a CHECK in place, so
-- the letters table is copied into a new one with the same columns, keys and triggers; every
-- number ever given keeps its row id, so letter_deliveries still point at the right letter.
-- (The new table is renamed to the old name, never the other way round: renaming the old table
-- away would rewrite letter_deliveries' REFERENCES letters to follow it.)
CREATE TABLE letters_v19 (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('RECEIPT', 'CORRECTION', 'EXTENSION', 'LATER', 'CONSULTATION', 'FEE', 'REPLY')),
    body_id     TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    prefix      TEXT    NOT NULL,
    number      INTEGER NOT NULL CHECK (number >= 1),
    issued_on   TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    UNIQUE (body_id, year, prefix, number),
    -- Printing again gives the same letter, with the same number.
    UNIQUE (request_id, kind)
);
INSERT INTO letters_v19 (id, request_id, kind, body_id, year, prefix, number, issued_on, actor, at)
    SELECT id, request_id, kind, body_id, year, prefix, number, issued_on, actor, at FROM letters;
DROP TRIGGER letters_no_update;
DROP TRIGGER letters_no_delete;
DROP TABLE letters;
ALTER TABLE letters_v19 RENAME TO letters;

CREATE TRIGGER letters_no_update BEFORE UPDATE ON letters
BEGIN
    SELECT RAISE(ABORT, 'a letter number is given once and never changed');
END;
CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'a letter number is never reused');
END;
