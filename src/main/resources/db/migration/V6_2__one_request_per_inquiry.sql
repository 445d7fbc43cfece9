-- One inquiry becomes at most one formal request, whatever the timing: ten simultaneous
-- deliveries of one 申请 text (Twilio retrying after a timeout) used to file up to ten. The
-- primary key below is the constraint. It lives in its own table, filled by a trigger, because
-- requests are never deleted or changed: a database that already holds such duplicates keeps
-- them (the first of each counts as the origin) and could not take a unique index on
-- requests.inquiry_id.
CREATE TABLE request_origins (
    inquiry_id INTEGER PRIMARY KEY REFERENCES inquiries (id),
    request_id INTEGER NOT NULL UNIQUE REFERENCES requests (id)
);

INSERT INTO request_origins (inquiry_id, request_id)
SELECT inquiry_id, MIN(id) FROM requests WHERE inquiry_id IS NOT NULL GROUP BY inquiry_id;

-- A second request naming the same inquiry fails here with "UNIQUE constraint failed", and the
-- whole INSERT with it.
CREATE TRIGGER requests_one_per_inquiry AFTER INSERT ON requests
WHEN NEW.inquiry_id IS NOT NULL
BEGIN
    INSERT INTO request_origins (inquiry_id, request_id) VALUES (NEW.inquiry_id, NEW.id);
END;
