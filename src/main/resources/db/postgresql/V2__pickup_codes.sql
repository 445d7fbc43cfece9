-- PostgreSQL twin of db/migration/V2.
CREATE TABLE pickup_codes (
    code          TEXT PRIMARY KEY CHECK (length(code) = 6),
    disclosure_id TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL
);
CREATE INDEX pickup_codes_expiry ON pickup_codes (expires_at);
