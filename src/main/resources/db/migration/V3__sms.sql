-- The SMS channel: conversation state, villages of numbers, opt-outs, subscriptions, the
-- replies already given (so a Twilio retry is answered again without acting twice) and the
-- outbox of notices we send. Phone numbers are E.164 text (+86 and 11 digits): personal
-- information, shown masked.

-- What a number was last shown, so "1", "2" and "更多" mean something. Expires after a quiet
-- while (kiosk.yaml sms.session_minutes); kept here so a restart does not forget it.
CREATE TABLE sms_sessions (
    phone           TEXT PRIMARY KEY,
    query           TEXT,
    village         TEXT,
    next_offset     INTEGER NOT NULL DEFAULT 0,
    total           INTEGER NOT NULL DEFAULT 0,
    shown_ids       TEXT    NOT NULL DEFAULT '[]',  -- JSON array: reply "n" opens shown_ids[n-1]
    last_inquiry_id INTEGER REFERENCES inquiries (id), -- what 满意 / 不满意 rates
    updated_at      TEXT    NOT NULL
);

-- A number's own village: registered by staff, or said by the villager (我是石门村的).
CREATE TABLE village_phones (
    phone      TEXT PRIMARY KEY,
    village    TEXT NOT NULL,
    source     TEXT NOT NULL CHECK (source IN ('STAFF', 'SELF')),
    updated_by TEXT,
    updated_at TEXT NOT NULL
);

-- Numbers that said STOP / 退订 / TD: no outbound text of any kind until they say START.
CREATE TABLE sms_opt_outs (
    phone TEXT PRIMARY KEY,
    word  TEXT NOT NULL,
    at    TEXT NOT NULL
);

-- 订阅: notices of new disclosures of a category or of a village.
CREATE TABLE sms_subscriptions (
    phone      TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('CATEGORY', 'VILLAGE')),
    value      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (phone, kind, value)
);
CREATE INDEX sms_subscriptions_value ON sms_subscriptions (kind, value);

-- The reply given to each inbound message id: a retried webhook gets the same answer, and a
-- 申请 sent once is filed once.
CREATE TABLE sms_replies (
    message_id TEXT PRIMARY KEY,
    inquiry_id INTEGER NOT NULL REFERENCES inquiries (id),
    reply      TEXT NOT NULL,
    at         TEXT NOT NULL
);

-- Outbound notices. dedupe_key is UNIQUE: the same notice is never queued twice. A row is
-- claimed (SENDING) before the provider is called and its provider id recorded after, so a
-- send is never repeated blindly: an ambiguous failure becomes UNCERTAIN and is looked up at
-- the provider before any new attempt (see OutboxSender).
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    to_phone        TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    kind            TEXT    NOT NULL CHECK (kind IN ('REQUEST_NOTICE', 'SUBSCRIPTION')),
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
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
