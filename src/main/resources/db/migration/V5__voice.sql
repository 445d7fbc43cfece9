-- The voice line: where each call stands, and the TwiML already given for each step, so a
-- Twilio retry of a webhook gets the same answer without acting twice. A call's inquiry is
-- the row of `inquiries` whose external_id is the CallSid.

-- One row per call: the caller's number (personal information, shown masked) and the call's
-- state as JSON (village, the results being read, the route through the menu, the recording).
CREATE TABLE voice_calls (
    call_sid   TEXT PRIMARY KEY,
    phone      TEXT,
    inquiry_id INTEGER NOT NULL REFERENCES inquiries (id),
    state      TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);

-- Every webhook of a call, numbered by the step our TwiML put in its action URL (?s=N).
CREATE TABLE voice_steps (
    call_sid TEXT    NOT NULL,
    step     INTEGER NOT NULL,
    path     TEXT    NOT NULL,
    input    TEXT,
    twiml    TEXT    NOT NULL,
    at       TEXT    NOT NULL,
    PRIMARY KEY (call_sid, step)
);

-- "3: send this to me by SMS" from the voice line is a third kind of outbound text. SQLite
-- cannot change a CHECK in place: the table is rebuilt with the same columns and rows.
CREATE TABLE outbox_v5 (
    id              INTEGER PRIMARY KEY,
    to_phone        TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('REQUEST_NOTICE', 'SUBSCRIPTION', 'VOICE_COPY')),
    dedupe_key      TEXT    NOT NULL UNIQUE,
    status          TEXT    NOT NULL DEFAULT 'QUEUED'
                        CHECK (status IN ('QUEUED', 'SENDING', 'UNCERTAIN', 'SENT', 'FAILED', 'SUPPRESSED')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    first_claim_at  TEXT,
    sent_at         TEXT,
    provider_sid    TEXT UNIQUE,
    delivery_status TEXT,
    delivery_at     TEXT,
    last_error      TEXT
);
INSERT INTO outbox_v5 (id, to_phone, body, kind, dedupe_key, status, attempts, next_attempt_at, created_at,
                       first_claim_at, sent_at, provider_sid, delivery_status, delivery_at, last_error)
SELECT id, to_phone, body, kind, dedupe_key, status, attempts, next_attempt_at, created_at,
       first_claim_at, sent_at, provider_sid, delivery_status, delivery_at, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v5 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
