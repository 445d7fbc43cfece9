-- Art. 29: what a request must hold. SMS and kiosk requests arrive with a description and a phone
-- number at most; staff complete them (补正/补全) before confirming receipt. The postal address
-- (when the answer is to be posted) and the way the applicant wants to be answered are new facts.
ALTER TABLE requests ADD COLUMN address TEXT;
ALTER TABLE requests ADD COLUMN delivery TEXT CHECK (delivery IS NULL OR delivery IN ('IN_PERSON', 'MAIL', 'SMS', 'EMAIL'));

-- Every completion, append-only: which fields it changed, their values before, and the request's
-- facts after it. The request row may only change to the latest completion's facts.
CREATE TABLE request_completions (
    id                INTEGER PRIMARY KEY,
    request_id        INTEGER NOT NULL REFERENCES requests (id),
    date              TEXT    NOT NULL,
    fields            TEXT    NOT NULL CHECK (length(fields) > 0),  -- e.g. "name,contact"
    before            TEXT    NOT NULL,                            -- JSON of the changed fields' old values
    applicant_type    TEXT    NOT NULL,
    name              TEXT,
    contact           TEXT,
    identity_verified INTEGER NOT NULL CHECK (identity_verified IN (0, 1)),
    content           TEXT    NOT NULL CHECK (length(trim(content)) > 0),
    form_wanted       TEXT,
    address           TEXT,
    delivery          TEXT,
    actor             TEXT    NOT NULL,
    at                TEXT    NOT NULL
);
CREATE INDEX request_completions_request ON request_completions (request_id, id);
CREATE TRIGGER request_completions_no_update BEFORE UPDATE ON request_completions
BEGIN
    SELECT RAISE(ABORT, 'request_completions is append-only');
END;
CREATE TRIGGER request_completions_no_delete BEFORE DELETE ON request_completions
BEGIN
    SELECT RAISE(ABORT, 'request_completions is append-only');
END;

-- The receipt date is still set once; the applicant's facts change only to what the latest
-- recorded completion says, so no change escapes the record.
DROP TRIGGER requests_set_once;
CREATE TRIGGER requests_set_once BEFORE UPDATE ON requests
WHEN NEW.id IS NOT OLD.id
  OR NEW.receipt_code IS NOT OLD.receipt_code
  OR NEW.channel IS NOT OLD.channel
  OR NEW.inquiry_id IS NOT OLD.inquiry_id
  OR NEW.created_at IS NOT OLD.created_at
  OR (OLD.received IS NOT NULL AND NEW.received IS NOT OLD.received)
  OR ((NEW.applicant_type IS NOT OLD.applicant_type OR NEW.name IS NOT OLD.name OR NEW.contact IS NOT OLD.contact
       OR NEW.content IS NOT OLD.content OR NEW.form_wanted IS NOT OLD.form_wanted
       OR NEW.address IS NOT OLD.address OR NEW.delivery IS NOT OLD.delivery
       OR (NEW.identity_verified IS NOT OLD.identity_verified AND NOT (OLD.received IS NULL AND NEW.received IS NOT NULL)))
      AND NOT EXISTS (SELECT 1 FROM request_completions c
                      WHERE c.id = (SELECT MAX(id) FROM request_completions WHERE request_id = OLD.id)
                        AND c.applicant_type IS NEW.applicant_type AND c.name IS NEW.name AND c.contact IS NEW.contact
                        AND c.content IS NEW.content AND c.form_wanted IS NEW.form_wanted
                        AND c.address IS NEW.address AND c.delivery IS NEW.delivery
                        AND c.identity_verified IS NEW.identity_verified))
BEGIN
    SELECT RAISE(ABORT, 'a request changes only through request_events and recorded completions');
END;

-- New timeline entries: COMPLETED (Art. 29), REASONS_ASKED and LATER_DEADLINE (Art. 35).
-- SQLite cannot widen a CHECK in place, so the append-only table is copied into a new one.
CREATE TABLE request_events_v10 (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('RECEIVED', 'CORRECTION_REQUESTED', 'CORRECTED', 'EXTENDED',
                            'PAUSED', 'RESUMED', 'CONCLUDED', 'REVIEW_FILED', 'REVIEW_DECIDED', 'NOTE',
                            'COMPLETED', 'REASONS_ASKED', 'LATER_DEADLINE')),
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
    CHECK (kind <> 'EXTENDED' OR (approved_by IS NOT NULL AND days BETWEEN 1 AND 20)),
    -- Art. 35: the later period (working days from the clock's start, longer than the statute's)
    -- and the reason for it are part of the record.
    CHECK (kind <> 'LATER_DEADLINE' OR (days > 20 AND detail IS NOT NULL AND length(trim(detail)) > 0))
);
INSERT INTO request_events_v10 (id, request_id, kind, date, actor, detail, result, approved_by, days, at)
    SELECT id, request_id, kind, date, actor, detail, result, approved_by, days, at FROM request_events;
DROP TRIGGER request_events_no_update;
DROP TRIGGER request_events_no_delete;
DROP TABLE request_events;
ALTER TABLE request_events_v10 RENAME TO request_events;

CREATE INDEX request_events_request ON request_events (request_id, id);
CREATE UNIQUE INDEX request_events_one_receipt ON request_events (request_id) WHERE kind = 'RECEIVED';
CREATE UNIQUE INDEX request_events_one_correction ON request_events (request_id) WHERE kind = 'CORRECTION_REQUESTED';
CREATE UNIQUE INDEX request_events_one_corrected ON request_events (request_id) WHERE kind = 'CORRECTED';
CREATE UNIQUE INDEX request_events_one_extension ON request_events (request_id) WHERE kind = 'EXTENDED';
CREATE UNIQUE INDEX request_events_one_conclusion ON request_events (request_id) WHERE kind = 'CONCLUDED';
CREATE UNIQUE INDEX request_events_one_later_deadline ON request_events (request_id) WHERE kind = 'LATER_DEADLINE';

CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;
CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;
