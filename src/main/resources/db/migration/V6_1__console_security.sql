-- Console accounts that sessions follow, login throttling a stranger cannot turn into a lockout,
-- and the SMS simulator's test numbers (issue 11).

-- A disabled account cannot log in and its open sessions end. session_epoch grows with every
-- password change or disable: a session opened under an older epoch is over.
ALTER TABLE users ADD COLUMN disabled_at TEXT;
ALTER TABLE users ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;

-- Failed logins per typed name, per (name, client address) and per client address. An attempt
-- is counted here before its password is hashed, in the same write that checks the wait, so a
-- burst of parallel attempts cannot outrun the count. Past a threshold each further failure
-- makes the next attempt wait longer (blocked_until). Rows quiet for an hour are forgotten.
-- (users.failed_count and users.locked_until are no longer used.)
CREATE TABLE login_throttle (
    key           TEXT    PRIMARY KEY,
    failures      INTEGER NOT NULL,
    last_at       TEXT    NOT NULL,
    blocked_until TEXT
);

-- Numbers the console's SMS simulator may send from, besides the reserved block
-- 139 0000 0300–0399 (cn.gongkai.gateway.sms.TestNumbers). Added by an admin; whatever the
-- pipeline queues for a test number is never sent out.
CREATE TABLE sms_test_numbers (
    phone    TEXT PRIMARY KEY,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
);
