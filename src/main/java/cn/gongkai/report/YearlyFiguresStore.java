package cn.gongkai.report;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.UserException;
import cn.gongkai.storage.Database;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;

/** Reads and sets the staff-entered figures of a year; every change leaves an audit line. */
public final class YearlyFiguresStore {

    private final Database db;
    private final Clock clock;

    public YearlyFiguresStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The year's figures, all zero where nothing was entered. */
    public YearlyFigures get(int year) {
        return get(year, null);
    }

    /**
     * One body's figures for the year; {@code body} null or the default body's id: the
     * platform's own table, as before bodies existed.
     */
    public YearlyFigures get(int year, String body) {
        boolean own = ownTable(body);
        return db.read(tx -> tx.one(own ? "SELECT * FROM yearly_figures WHERE year = ?"
                        : "SELECT * FROM body_yearly_figures WHERE year = ? AND body_id = ?", rs -> new YearlyFigures(year,
                rs.getLong("licensing"), rs.getLong("penalty"), rs.getLong("coercion"),
                new BigDecimal(rs.getString("fees")), new BigDecimal(rs.getString("fees_collected"))),
                own ? new Object[] {year} : new Object[] {year, body}))
                .orElse(YearlyFigures.zero(year));
    }

    private static boolean ownTable(String body) {
        return body == null || body.equals(cn.gongkai.bodies.Bodies.DEFAULT_ID);
    }

    /** Sets the given figures (null leaves one as it was) and returns the year's new figures. */
    public YearlyFigures set(int year, Long licensing, Long penalty, Long coercion, BigDecimal fees,
            BigDecimal feesCollected, String actor) {
        return set(year, null, licensing, penalty, coercion, fees, feesCollected, actor);
    }

    /** As above, for one body ({@code body} null: the single body of the home). */
    public YearlyFigures set(int year, String body, Long licensing, Long penalty, Long coercion, BigDecimal fees,
            BigDecimal feesCollected, String actor) {
        if (year < 2000 || year > 2100) {
            throw new UserException("年份 " + year + " 不合理");
        }
        nonNegative("--licensing", licensing);
        nonNegative("--penalty", penalty);
        nonNegative("--coercion", coercion);
        nonNegative("--fees", fees);
        nonNegative("--fees-collected", feesCollected);
        if (actor == null || actor.isBlank()) {
            throw new UserException("缺少经办人 (--actor)");
        }
        YearlyFigures old = get(year, body);
        YearlyFigures now = new YearlyFigures(year,
                licensing == null ? old.licensing() : licensing,
                penalty == null ? old.penalty() : penalty,
                coercion == null ? old.coercion() : coercion,
                fees == null ? old.fees() : fees,
                feesCollected == null ? old.feesCollected() : feesCollected);
        Instant at = clock.instant();
        db.write(tx -> {
            if (!ownTable(body)) {
                tx.update("""
                        INSERT INTO body_yearly_figures (body_id, year, licensing, penalty, coercion, fees, fees_collected,
                                                         updated_at, updated_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (body_id, year) DO UPDATE SET licensing = excluded.licensing,
                            penalty = excluded.penalty, coercion = excluded.coercion, fees = excluded.fees,
                            fees_collected = excluded.fees_collected, updated_at = excluded.updated_at,
                            updated_by = excluded.updated_by""",
                        body, year, now.licensing(), now.penalty(), now.coercion(), now.fees(), now.feesCollected(), at,
                        actor.strip());
                AuditLog.record(tx, at, actor.strip(), "YEARLY_FIGURES_SET", "body=" + body + " " + old + " -> " + now);
                return null;
            }
            tx.update("""
                    INSERT INTO yearly_figures (year, licensing, penalty, coercion, fees, fees_collected,
                                                updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (year) DO UPDATE SET licensing = excluded.licensing, penalty = excluded.penalty,
                        coercion = excluded.coercion, fees = excluded.fees, fees_collected = excluded.fees_collected,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by""",
                    year, now.licensing(), now.penalty(), now.coercion(), now.fees(), now.feesCollected(), at,
                    actor.strip());
            AuditLog.record(tx, at, actor.strip(), "YEARLY_FIGURES_SET", old + " -> " + now);
            return null;
        });
        return now;
    }

    private static void nonNegative(String option, Number n) {
        if (n != null && (n instanceof BigDecimal b ? b.signum() < 0 : n.longValue() < 0)) {
            throw new UserException(option + " 不能是负数: " + n);
        }
    }
}
