-- What a journal replay made, by the key the entry was made with (issue 22): a kiosk request, a
-- staff call or an SMS queued while the database could not be written is made once however
-- often its entry is replayed (a crash between the replay's commit and the journal's trimming
-- replays it again).
CREATE TABLE journal_once (
    key    TEXT    PRIMARY KEY,
    kind   TEXT    NOT NULL,
    ref_id BIGINT,
    at     TEXT    NOT NULL
);
