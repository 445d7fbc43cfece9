-- Letters (文书) sent to applicants and third parties. A letter's number is given once, the
-- first time it is printed, and never reused: numbers run per body, per year, per kind prefix
-- (青禾民依申复〔2026〕第12号). There is one body today; body_id is already part of the key so
-- that bodies.yaml can bring more without renumbering.
CREATE TABLE letters (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('RECEIPT', 'CORRECTION', 'EXTENSION', 'CONSULTATION', 'FEE', 'REPLY')),
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

CREATE TRIGGER letters_no_update BEFORE UPDATE ON letters
BEGIN
    SELECT RAISE(ABORT, 'a letter number is given once and never changed');
END;
CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'a letter number is never reused');
END;

-- How and when a letter reached its addressee. Append-only: a second delivery (sent again by
-- post after a return) is a new row.
CREATE TABLE letter_deliveries (
    id          INTEGER PRIMARY KEY,
    letter_id   INTEGER NOT NULL REFERENCES letters (id),
    method      TEXT    NOT NULL CHECK (method IN ('IN_PERSON', 'MAIL', 'SMS', 'EMAIL')),
    tracking    TEXT,
    delivered   TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    at          TEXT    NOT NULL,
    CHECK (method <> 'MAIL' OR (tracking IS NOT NULL AND length(trim(tracking)) > 0))
);
CREATE INDEX letter_deliveries_letter ON letter_deliveries (letter_id);

CREATE TRIGGER letter_deliveries_no_update BEFORE UPDATE ON letter_deliveries
BEGIN
    SELECT RAISE(ABORT, 'letter_deliveries is append-only');
END;
CREATE TRIGGER letter_deliveries_no_delete BEFORE DELETE ON letter_deliveries
BEGIN
    SELECT RAISE(ABORT, 'letter_deliveries is append-only');
END;

-- Fee notices (收费通知, 国办函〔2020〕109号): one per request. The count of the applicant's
-- earlier items this month is taken from the register when the notice is recorded and kept
-- here as the basis the amount was computed on.
CREATE TABLE fee_notices (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL UNIQUE REFERENCES requests (id),
    basis       TEXT    NOT NULL CHECK (basis IN ('PER_ITEM', 'PER_PAGE')),
    quantity    INTEGER NOT NULL CHECK (quantity >= 0),
    earlier     INTEGER NOT NULL CHECK (earlier >= 0),
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    notified    TEXT    NOT NULL,
    pay_by      TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    at          TEXT    NOT NULL
);
CREATE TRIGGER fee_notices_no_update BEFORE UPDATE ON fee_notices
BEGIN
    SELECT RAISE(ABORT, 'a fee notice is never changed');
END;
