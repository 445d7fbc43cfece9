-- PostgreSQL twin of the Java migration db.migration.V15__request_contact_line: each request keeps
-- the line its contact reaches (cn.gongkai.requests.Phones#line), indexed. SQLite fills existing
-- rows in Java; a PostgreSQL database is created at this version or later (no platform ran on
-- PostgreSQL before it), so there is no row to fill here.
ALTER TABLE requests ADD COLUMN contact_line TEXT;
CREATE INDEX requests_contact_line ON requests (contact_line) WHERE contact_line <> '';

-- V10's rule, V9's (a received request stays with its body), and the new column following its contact.
CREATE OR REPLACE FUNCTION requests_set_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id
       OR NEW.receipt_code IS DISTINCT FROM OLD.receipt_code
       OR NEW.channel IS DISTINCT FROM OLD.channel
       OR NEW.inquiry_id IS DISTINCT FROM OLD.inquiry_id
       OR NEW.created_at IS DISTINCT FROM OLD.created_at
       OR (OLD.received IS NOT NULL AND NEW.received IS DISTINCT FROM OLD.received)
       OR (OLD.received IS NOT NULL AND NEW.body_id IS DISTINCT FROM OLD.body_id)
       OR (NEW.contact_line IS DISTINCT FROM OLD.contact_line AND NEW.contact IS NOT DISTINCT FROM OLD.contact)
       OR ((NEW.applicant_type IS DISTINCT FROM OLD.applicant_type OR NEW.name IS DISTINCT FROM OLD.name
            OR NEW.contact IS DISTINCT FROM OLD.contact OR NEW.content IS DISTINCT FROM OLD.content
            OR NEW.form_wanted IS DISTINCT FROM OLD.form_wanted OR NEW.address IS DISTINCT FROM OLD.address
            OR NEW.delivery IS DISTINCT FROM OLD.delivery
            OR (NEW.identity_verified IS DISTINCT FROM OLD.identity_verified
                AND NOT (OLD.received IS NULL AND NEW.received IS NOT NULL)))
           AND NOT EXISTS (SELECT 1 FROM request_completions c
                           WHERE c.id = (SELECT MAX(id) FROM request_completions WHERE request_id = OLD.id)
                             AND c.applicant_type IS NOT DISTINCT FROM NEW.applicant_type
                             AND c.name IS NOT DISTINCT FROM NEW.name AND c.contact IS NOT DISTINCT FROM NEW.contact
                             AND c.content IS NOT DISTINCT FROM NEW.content
                             AND c.form_wanted IS NOT DISTINCT FROM NEW.form_wanted
                             AND c.address IS NOT DISTINCT FROM NEW.address
                             AND c.delivery IS NOT DISTINCT FROM NEW.delivery
                             AND c.identity_verified IS NOT DISTINCT FROM NEW.identity_verified)) THEN
        RAISE EXCEPTION 'a request changes only through request_events and recorded completions'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END
$$;
