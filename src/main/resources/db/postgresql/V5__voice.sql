-- PostgreSQL twin of db/migration/V5. The outbox's kind check widens in place.
CREATE TABLE voice_calls (
    call_sid   TEXT   PRIMARY KEY,
    phone      TEXT,
    inquiry_id BIGINT NOT NULL REFERENCES inquiries (id),
    state      TEXT   NOT NULL,
    updated_at TEXT   NOT NULL
);

CREATE TABLE voice_steps (
    call_sid TEXT    NOT NULL,
    step     INTEGER NOT NULL,
    path     TEXT    NOT NULL,
    input    TEXT,
    twiml    TEXT    NOT NULL,
    at       TEXT    NOT NULL,
    PRIMARY KEY (call_sid, step)
);

ALTER TABLE outbox DROP CONSTRAINT outbox_kind,
    ADD CONSTRAINT outbox_kind CHECK (kind IN ('REQUEST_NOTICE', 'SUBSCRIPTION', 'VOICE_COPY'));
