-- PostgreSQL twin of db/migration/V8_5: a fourth kind of outbound text, widened in place.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind,
    ADD CONSTRAINT outbox_kind CHECK (kind IN ('REQUEST_NOTICE', 'SUBSCRIPTION', 'VOICE_COPY', 'REPLY'));
