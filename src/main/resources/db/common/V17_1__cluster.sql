-- Several serve nodes on one database (issue 19): what one node knows, every node must be able
-- to read. Portable SQL (SQLite and PostgreSQL): TEXT timestamps as elsewhere, no AUTOINCREMENT.

-- Console sessions: a staff member stays logged in when the node they logged in on goes down.
-- id_hash is the SHA-256 of the cookie's secret (a copy of the database hands out no live
-- session); the CSRF token lives with its session.
CREATE TABLE console_sessions (
    id_hash     TEXT PRIMARY KEY,
    user_name   TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    epoch       INTEGER NOT NULL,
    csrf        TEXT    NOT NULL,
    opened_at   TEXT    NOT NULL,
    last_seen   TEXT    NOT NULL,
    viewing     TEXT,
    flash       TEXT,
    flash_error INTEGER NOT NULL DEFAULT 0
);

-- The SMS flood limit per number and one-minute window, shared by every node: a flood split
-- across two nodes by nginx is still one flood. seen: JSON array of message ids counted.
CREATE TABLE sms_rate (
    phone        TEXT PRIMARY KEY,
    window_start BIGINT  NOT NULL, -- epoch milliseconds: 64 bits on PostgreSQL
    hits         INTEGER NOT NULL,
    seen         TEXT    NOT NULL DEFAULT '[]'
);

-- Which node holds an outbox row it is sending, since when: a row SENDING past the lease
-- belongs to a node that died and is taken back (looked up at the provider before a resend).
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_at TEXT;

-- The version of searchable content every node's index follows: bumped in the same
-- transaction as whatever changes it (a disclosure published in the console, a synonym).
CREATE TABLE search_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL,
    at      TEXT    NOT NULL
);
INSERT INTO search_version (id, version, at) VALUES (1, 0, '1970-01-01T00:00:00.000Z');

-- Disclosures written from the console: the Markdown file's text (the contract's format), so
-- a node on another machine indexes what a staff member published through another node.
-- version: the search_version it was saved at.
CREATE TABLE published_disclosures (
    id        TEXT PRIMARY KEY,
    markdown  TEXT    NOT NULL,
    version   INTEGER NOT NULL,
    saved_by  TEXT,
    saved_at  TEXT    NOT NULL
);

-- Synonym lines staff added from the console's 需求清单 ("people's word, official word").
CREATE TABLE added_synonyms (
    line     TEXT PRIMARY KEY,
    version  INTEGER NOT NULL,
    added_by TEXT,
    added_at TEXT    NOT NULL
);
