-- The staff console: its accounts and the demand list's decisions.

-- Console accounts (`user add NAME --role staff|admin`). The password is kept only as a slow
-- salted hash (PBKDF2-HMAC-SHA256, the iteration count stored with it so it can grow later).
-- Repeated failures lock the account for a while (failed_count, locked_until).
CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    role          TEXT    NOT NULL CHECK (role IN ('STAFF', 'ADMIN')),
    password_hash TEXT    NOT NULL,
    failed_count  INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

-- 需求清单: what staff decided about a group of unanswered questions (grouped by `group_key`,
-- the search's content terms or the normalised text). ANSWERED names the disclosure that now
-- answers it; SYNONYM records the line added to kiosk-config/synonyms.txt.
CREATE TABLE demand_decisions (
    id            INTEGER PRIMARY KEY,
    group_key     TEXT    NOT NULL,
    action        TEXT    NOT NULL CHECK (action IN ('ANSWERED', 'SYNONYM')),
    disclosure_id TEXT,
    detail        TEXT,
    actor         TEXT    NOT NULL,
    at            TEXT    NOT NULL,
    CHECK (action <> 'ANSWERED' OR disclosure_id IS NOT NULL)
);
CREATE INDEX demand_decisions_key ON demand_decisions (group_key);

-- The questions a decision covered: they stay with it even when a new synonym changes how
-- the search understands them (and so the group they would fall into).
CREATE TABLE demand_decided (
    inquiry_id  INTEGER PRIMARY KEY REFERENCES inquiries (id),
    decision_id INTEGER NOT NULL REFERENCES demand_decisions (id)
);
