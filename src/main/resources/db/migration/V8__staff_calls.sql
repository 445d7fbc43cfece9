-- 呼叫工作人员 from a hall kiosk. One row per call, kept with its outcome: WAITING until a
-- staff member answers on the console; COMING when someone said they are on their way;
-- PHONE_SHOWN when nobody answered in time and the kiosk showed the office phone instead;
-- ARRIVED when someone marked 已到场. The times show how long residents waited.
CREATE TABLE staff_calls (
    id              INTEGER PRIMARY KEY,
    kiosk           TEXT    NOT NULL,
    called_at       TEXT    NOT NULL,
    outcome         TEXT    NOT NULL DEFAULT 'WAITING'
                    CHECK (outcome IN ('WAITING', 'COMING', 'PHONE_SHOWN', 'ARRIVED')),
    coming_at       TEXT,
    coming_by       TEXT,
    phone_shown_at  TEXT,
    arrived_at      TEXT,
    arrived_by      TEXT
);
CREATE INDEX staff_calls_open ON staff_calls (outcome, called_at);
