-- The legal record of a district's information work. Dates that the 条例 counts from are ISO
-- dates (YYYY-MM-DD); moments are ISO-8601 UTC instants. Codes are those of
-- shared/design/annual-report.md and never change meaning.

-- Every question from every channel. Not a legal record, but the district's evidence of what
-- people asked and did not find.
CREATE TABLE inquiries (
    id            INTEGER PRIMARY KEY,
    channel       TEXT    NOT NULL CHECK (channel IN ('KIOSK', 'SMS', 'VOICE', 'CONSOLE')),
    at            TEXT    NOT NULL,
    village       TEXT,
    text          TEXT    NOT NULL,
    result_ids    TEXT    NOT NULL DEFAULT '[]',   -- JSON array of disclosure ids, as shown
    nothing_found INTEGER NOT NULL CHECK (nothing_found IN (0, 1)),
    sender_phone  TEXT,                             -- personal information: shown masked
    external_id   TEXT    UNIQUE,                   -- Twilio MessageSid/CallSid: retries log once
    feedback      TEXT    CHECK (feedback IN ('HELPFUL', 'UNHELPFUL')),
    feedback_at   TEXT,
    recording_url TEXT,
    category      TEXT,
    CHECK ((feedback IS NULL) = (feedback_at IS NULL))
);
CREATE INDEX inquiries_at ON inquiries (at);

-- Formal requests (依申请公开). The facts of the application; its state is derived from
-- request_events. Only `received` and `identity_verified` are ever set after insert, once,
-- together with the RECEIVED event (Art. 31: online/SMS/kiosk requests count from the day
-- staff confirm them).
CREATE TABLE requests (
    id                INTEGER PRIMARY KEY,
    receipt_code      TEXT    NOT NULL UNIQUE,
    applicant_type    TEXT    NOT NULL CHECK (applicant_type IN
                          ('NATURAL_PERSON', 'BUSINESS', 'RESEARCH', 'NONPROFIT', 'LEGAL_SERVICE', 'OTHER_ORG')),
    name              TEXT,
    contact           TEXT,
    identity_verified INTEGER NOT NULL DEFAULT 0 CHECK (identity_verified IN (0, 1)),
    channel           TEXT    NOT NULL CHECK (channel IN ('IN_PERSON', 'MAIL', 'ONLINE', 'SMS', 'KIOSK', 'PHONE')),
    content           TEXT    NOT NULL CHECK (length(trim(content)) > 0),
    form_wanted       TEXT,
    received          TEXT,
    inquiry_id        INTEGER REFERENCES inquiries (id),
    created_at        TEXT    NOT NULL
);
CREATE INDEX requests_received ON requests (received);

CREATE TRIGGER requests_no_delete BEFORE DELETE ON requests
BEGIN
    SELECT RAISE(ABORT, 'requests are a legal record and are never deleted');
END;

CREATE TRIGGER requests_set_once BEFORE UPDATE ON requests
WHEN OLD.received IS NOT NULL
  OR NEW.id IS NOT OLD.id
  OR NEW.receipt_code IS NOT OLD.receipt_code
  OR NEW.applicant_type IS NOT OLD.applicant_type
  OR NEW.name IS NOT OLD.name
  OR NEW.contact IS NOT OLD.contact
  OR NEW.channel IS NOT OLD.channel
  OR NEW.content IS NOT OLD.content
  OR NEW.form_wanted IS NOT OLD.form_wanted
  OR NEW.inquiry_id IS NOT OLD.inquiry_id
  OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'a request changes only through request_events');
END;

-- The timeline of a request, append-only. `date` is the legal date (what the deadlines count
-- from); `at` is when it was recorded.
CREATE TABLE request_events (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('RECEIVED', 'CORRECTION_REQUESTED', 'CORRECTED', 'EXTENDED',
                            'PAUSED', 'RESUMED', 'CONCLUDED', 'REVIEW_FILED', 'REVIEW_DECIDED', 'NOTE')),
    date        TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    detail      TEXT,
    result      TEXT    CHECK (result IN ('GRANTED', 'PARTIAL',
                    'DENIED_STATE_SECRET', 'DENIED_LAW_PROHIBITS', 'DENIED_SECURITY_STABILITY',
                    'DENIED_THIRD_PARTY', 'DENIED_INTERNAL_AFFAIRS', 'DENIED_PROCESS_INFO',
                    'DENIED_ENFORCEMENT_FILE', 'DENIED_ADMIN_QUERY',
                    'UNAVAILABLE_NOT_HELD', 'UNAVAILABLE_NEEDS_CREATION', 'UNAVAILABLE_UNCLEAR',
                    'NOT_PROCESSED_PETITION', 'NOT_PROCESSED_REPEAT', 'NOT_PROCESSED_PUBLICATION',
                    'NOT_PROCESSED_EXCESSIVE', 'NOT_PROCESSED_CONFIRMATION',
                    'OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID', 'OTHER')),
    approved_by TEXT,
    days        INTEGER,
    at          TEXT    NOT NULL,
    CHECK ((kind = 'CONCLUDED') = (result IS NOT NULL)),
    -- Art. 33: one extension, of at most 20 working days, approved by the office's head.
    CHECK (kind <> 'EXTENDED' OR (approved_by IS NOT NULL AND days BETWEEN 1 AND 20))
);
CREATE INDEX request_events_request ON request_events (request_id, id);
CREATE UNIQUE INDEX request_events_one_receipt ON request_events (request_id) WHERE kind = 'RECEIVED';
CREATE UNIQUE INDEX request_events_one_correction ON request_events (request_id) WHERE kind = 'CORRECTION_REQUESTED';
CREATE UNIQUE INDEX request_events_one_corrected ON request_events (request_id) WHERE kind = 'CORRECTED';
CREATE UNIQUE INDEX request_events_one_extension ON request_events (request_id) WHERE kind = 'EXTENDED';
CREATE UNIQUE INDEX request_events_one_conclusion ON request_events (request_id) WHERE kind = 'CONCLUDED';

CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;
CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;

-- 行政复议 and 行政诉讼 against a request (report section 四). Deciding one sets outcome and
-- decided once; a REVIEW_FILED / REVIEW_DECIDED event on the request keeps the trace.
CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('REVIEW', 'SUIT_DIRECT', 'SUIT_AFTER_REVIEW')),
    filed      TEXT    NOT NULL,
    outcome    TEXT    NOT NULL DEFAULT 'PENDING' CHECK (outcome IN ('UPHELD', 'CORRECTED', 'OTHER', 'PENDING')),
    decided    TEXT,
    detail     TEXT,
    created_at TEXT    NOT NULL,
    CHECK ((outcome = 'PENDING') = (decided IS NULL)),
    CHECK (decided IS NULL OR decided >= filed)
);
CREATE INDEX reviews_request ON reviews (request_id);

CREATE TRIGGER reviews_decided_once BEFORE UPDATE ON reviews
WHEN OLD.outcome <> 'PENDING' OR NEW.request_id IS NOT OLD.request_id OR NEW.kind IS NOT OLD.kind
  OR NEW.filed IS NOT OLD.filed
BEGIN
    SELECT RAISE(ABORT, 'a review is decided once and otherwise never changed');
END;

-- Section 二 figures staff enter per year (decisions are made in other systems). Amounts are
-- exact decimal text: FEES in 万元 as the report prints it, fees_collected in 元 (section 六).
CREATE TABLE yearly_figures (
    year           INTEGER PRIMARY KEY,
    licensing      INTEGER NOT NULL DEFAULT 0 CHECK (licensing >= 0),
    penalty        INTEGER NOT NULL DEFAULT 0 CHECK (penalty >= 0),
    coercion       INTEGER NOT NULL DEFAULT 0 CHECK (coercion >= 0),
    fees           TEXT    NOT NULL DEFAULT '0',
    fees_collected TEXT    NOT NULL DEFAULT '0',
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL
);

-- Who did what, to which request, when: written by every change, read by the console.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    actor      TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    request_id INTEGER REFERENCES requests (id),
    detail     TEXT
);
CREATE INDEX audit_log_request ON audit_log (request_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
