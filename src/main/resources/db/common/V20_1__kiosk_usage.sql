-- Per-kiosk usage and satisfaction (issue 20). Where a kiosk last called from, as the client's
-- own address (behind nginx, the X-Forwarded-For of a trusted proxy, not 127.0.0.1).
ALTER TABLE kiosks ADD COLUMN last_contact_from TEXT;

-- What a submission was, for the console's per-kiosk charts: an INQUIRY is a SEARCH or a VIEW
-- (a document opened); a FEEDBACK is HELPFUL or UNHELPFUL. NULL where the kiosk did not say
-- (sent before this version): such an inquiry counts as an inquiry only.
ALTER TABLE kiosk_submissions ADD COLUMN what TEXT
    CHECK (what IS NULL OR what IN ('SEARCH', 'VIEW', 'HELPFUL', 'UNHELPFUL'));

-- Feedback already on record: the inquiry holds its last answer.
UPDATE kiosk_submissions SET what = (SELECT feedback FROM inquiries WHERE inquiries.id = kiosk_submissions.ref_id)
    WHERE kind = 'FEEDBACK';
