-- PostgreSQL twin of db/migration/V6_2: one inquiry becomes at most one formal request.
CREATE TABLE request_origins (
    inquiry_id BIGINT PRIMARY KEY REFERENCES inquiries (id),
    request_id BIGINT NOT NULL UNIQUE REFERENCES requests (id)
);

INSERT INTO request_origins (inquiry_id, request_id)
SELECT inquiry_id, MIN(id) FROM requests WHERE inquiry_id IS NOT NULL GROUP BY inquiry_id;

-- A second request naming the same inquiry fails on the primary key, and the whole INSERT with it.
CREATE FUNCTION requests_one_per_inquiry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO request_origins (inquiry_id, request_id) VALUES (NEW.inquiry_id, NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER requests_one_per_inquiry AFTER INSERT ON requests FOR EACH ROW
    WHEN (NEW.inquiry_id IS NOT NULL) EXECUTE FUNCTION requests_one_per_inquiry();
