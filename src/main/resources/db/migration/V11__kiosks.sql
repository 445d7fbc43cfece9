-- Kiosks registered as clients of serve (issue 20). A kiosk proves who it is with a token
-- printed once at registration; only its SHA-256 is kept. A revoked kiosk keeps its row (the
-- record names it) but its token no longer opens anything.
CREATE TABLE kiosks (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL UNIQUE,
    hall            TEXT,
    body            TEXT,
    token_hash      TEXT    NOT NULL UNIQUE,
    registered_at   TEXT    NOT NULL,
    revoked_at      TEXT,
    last_contact_at TEXT
);

-- What a kiosk sent: each inquiry, feedback, request and staff call carries an id made on the
-- kiosk, so a send repeated after a lost answer (or replayed from the kiosk's offline queue) is
-- written once: the primary key refuses the second. ref_id is the row it made (inquiries.id,
-- requests.id or staff_calls.id); it also says which kiosk (and so which hall) a row came from.
CREATE TABLE kiosk_submissions (
    submission_id TEXT    PRIMARY KEY,
    kiosk_id      INTEGER NOT NULL REFERENCES kiosks (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('INQUIRY', 'FEEDBACK', 'REQUEST', 'CALL')),
    ref_id        INTEGER,
    made_at       TEXT    NOT NULL,
    received_at   TEXT    NOT NULL
);
CREATE INDEX kiosk_submissions_ref ON kiosk_submissions (kind, ref_id);
