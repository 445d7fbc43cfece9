-- 取件码: a 6-digit code sent by SMS that opens the same disclosure in large print at the
-- service-hall kiosk. No phone number is kept here: the code is all the kiosk needs.
CREATE TABLE pickup_codes (
    code          TEXT PRIMARY KEY CHECK (length(code) = 6),
    disclosure_id TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL
);
CREATE INDEX pickup_codes_expiry ON pickup_codes (expires_at);
