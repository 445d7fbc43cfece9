-- A line without inline replies (gammu-smsd, issue 16) sends its answers through the outbox:
-- a fourth kind of outbound text. SQLite cannot change a CHECK in place: rebuilt as in V5.
CREATE TABLE outbox_v8 (
    id              INTEGER PRIMARY KEY,
    to_phone        TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('REQUEST_NOTICE', 'SUBSCRIPTION', 'VOICE_COPY', 'REPLY')),
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
INSERT INTO outbox_v8 (id, to_phone, body, kind, dedupe_key, status, attempts, next_attempt_at, created_at,
                       first_claim_at, sent_at, provider_sid, delivery_status, delivery_at, last_error)
SELECT id, to_phone, body, kind, dedupe_key, status, attempts, next_attempt_at, created_at,
       first_claim_at, sent_at, provider_sid, delivery_status, delivery_at, last_error FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v8 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
