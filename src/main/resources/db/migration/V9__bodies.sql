-- Disclosing bodies (公开主体, issue 14). Every formal request belongs to exactly one body
-- (kiosk-config/bodies.yaml; 'default' on a home without it). SMS, kiosk and online requests
-- may first wait in the platform's intake (body_id NULL) until staff assign them; a request is
-- never received (Art. 31) without a body, and once received its body never changes.

ALTER TABLE requests ADD COLUMN body_id TEXT;
ALTER TABLE inquiries ADD COLUMN body_id TEXT;       -- routed to a body; NULL: the platform's
ALTER TABLE users ADD COLUMN body_id TEXT;           -- scoped account; NULL: every body (--all)

-- Existing records were the one body's. requests_set_once refuses any update of a received
-- request, so it steps aside for this one statement and comes back unchanged.
DROP TRIGGER requests_set_once;
UPDATE requests SET body_id = 'default';
UPDATE inquiries SET body_id = 'default';
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

CREATE INDEX requests_body ON requests (body_id, id);
CREATE INDEX inquiries_body ON inquiries (body_id);

-- Only requests that wait for confirmation (online, SMS, kiosk) may arrive without a body.
CREATE TRIGGER requests_body_on_insert BEFORE INSERT ON requests
WHEN NEW.body_id IS NULL AND (NEW.channel NOT IN ('ONLINE', 'SMS', 'KIOSK') OR NEW.received IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'a request is received by a body: name its body');
END;

-- Assigned once given, never taken back to the intake; received only with a body.
CREATE TRIGGER requests_body_kept BEFORE UPDATE ON requests
WHEN (OLD.body_id IS NOT NULL AND NEW.body_id IS NULL) OR (NEW.received IS NOT NULL AND NEW.body_id IS NULL)
BEGIN
    SELECT RAISE(ABORT, 'a request is received by a body: assign it first');
END;

-- Each assignment of a request to a body: the event that moves it out of the intake (or on to
-- another body), recorded before receipt only. Append-only.
CREATE TABLE request_assignments (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    body_id     TEXT    NOT NULL CHECK (length(trim(body_id)) > 0),
    from_body   TEXT,
    actor       TEXT    NOT NULL,
    at          TEXT    NOT NULL
);
CREATE INDEX request_assignments_request ON request_assignments (request_id, id);

CREATE TRIGGER request_assignments_before_receipt BEFORE INSERT ON request_assignments
WHEN (SELECT received FROM requests WHERE id = NEW.request_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a received request stays with its body');
END;
CREATE TRIGGER request_assignments_no_update BEFORE UPDATE ON request_assignments
BEGIN
    SELECT RAISE(ABORT, 'request_assignments is append-only');
END;
CREATE TRIGGER request_assignments_no_delete BEFORE DELETE ON request_assignments
BEGIN
    SELECT RAISE(ABORT, 'request_assignments is append-only');
END;

-- Section 二 figures entered per body and year (the platform's yearly_figures stay the default body's).
CREATE TABLE body_yearly_figures (
    body_id        TEXT    NOT NULL,
    year           INTEGER NOT NULL,
    licensing      INTEGER NOT NULL DEFAULT 0 CHECK (licensing >= 0),
    penalty        INTEGER NOT NULL DEFAULT 0 CHECK (penalty >= 0),
    coercion       INTEGER NOT NULL DEFAULT 0 CHECK (coercion >= 0),
    fees           TEXT    NOT NULL DEFAULT '0',
    fees_collected TEXT    NOT NULL DEFAULT '0',
    updated_at     TEXT    NOT NULL,
    updated_by     TEXT    NOT NULL,
    PRIMARY KEY (body_id, year)
);
