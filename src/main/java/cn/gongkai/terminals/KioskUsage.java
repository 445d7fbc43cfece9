package cn.gongkai.terminals;

import cn.gongkai.storage.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each registered kiosk was used for in a period, counted from what it sent
 * ({@code kiosk_submissions}): the time is when it happened at the kiosk, so a send that waited
 * in the offline queue counts on the day it was made. Feedback counts once per inquiry, with
 * the last answer given (a person may tap 没帮助 and then 有帮助).
 */
public final class KioskUsage {
    /** One kiosk's figures; {@code inquiries} includes searches, views and those an older kiosk did not tell apart. */
    public record Row(String name, String hall, boolean revoked, int views, int searches, int inquiries, int requests,
            int calls, int helpful, int unhelpful) {
        /** 有帮助 out of all answers, in whole percent; -1 when nobody answered. */
        public int satisfaction() {
            return helpful + unhelpful == 0 ? -1 : Math.round(100f * helpful / (helpful + unhelpful));
        }

        public int activity() {
            return inquiries + requests + calls;
        }
    }

    private static final String SQL = """
            SELECT k.name, k.hall, k.revoked_at,
                   COALESCE(SUM(CASE WHEN s.kind = 'INQUIRY' AND s.what = 'VIEW' THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN s.kind = 'INQUIRY' AND s.what = 'SEARCH' THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN s.kind = 'INQUIRY' THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN s.kind = 'REQUEST' THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN s.kind = 'CALL' THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN s.kind = 'FEEDBACK' AND s.what = 'HELPFUL' AND s.last = 1 THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN s.kind = 'FEEDBACK' AND s.what = 'UNHELPFUL' AND s.last = 1 THEN 1 ELSE 0 END), 0)
            FROM kiosks k LEFT JOIN (
                SELECT x.kiosk_id, x.kind, x.what,
                       CASE WHEN x.kind = 'FEEDBACK' AND EXISTS (
                           SELECT 1 FROM kiosk_submissions y WHERE y.kind = 'FEEDBACK' AND y.ref_id = x.ref_id
                           AND (y.made_at > x.made_at OR (y.made_at = x.made_at AND y.submission_id > x.submission_id)))
                       THEN 0 ELSE 1 END AS last
                FROM kiosk_submissions x WHERE x.made_at >= ? AND x.made_at < ?
            ) s ON s.kiosk_id = k.id
            WHERE k.revoked_at IS NULL OR s.kiosk_id IS NOT NULL
            GROUP BY k.id, k.name, k.hall, k.revoked_at
            ORDER BY k.hall IS NULL, k.hall, k.name
            """;

    private KioskUsage() {}

    /** Every kiosk in use, and any revoked one that sent something, for {@code [from, to)}. */
    public static List<Row> between(Database db, Instant from, Instant to) {
        return db.read(tx -> tx.list(SQL, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3) != null,
                rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)),
                from, to));
    }

    /**
     * Which kiosk made each of these rows (inquiries, requests or calls by their ids), as
     * "name · hall", for the console's lists; rows not made by a registered kiosk are absent.
     */
    public static Map<Long, String> origins(Database db, Submissions.Kind kind, Collection<Long> refIds) {
        Map<Long, String> out = new HashMap<>();
        List<Long> ids = new ArrayList<>(refIds);
        for (int i = 0; i < ids.size(); i += 500) { // SQLite's limit on bound values, with room to spare
            List<Long> part = ids.subList(i, Math.min(ids.size(), i + 500));
            List<Object> args = new ArrayList<>();
            args.add(kind.name());
            args.addAll(part);
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            db.read(tx -> tx.list("SELECT s.ref_id, k.name, k.hall FROM kiosk_submissions s JOIN kiosks k ON k.id = s.kiosk_id"
                    + " WHERE s.kind = ? AND s.ref_id IN (" + marks + ")", rs -> {
                        String hall = rs.getString(3);
                        out.put(rs.getLong(1), hall == null ? rs.getString(2) : rs.getString(2) + " · " + hall);
                        return null;
                    }, args.toArray()));
        }
        return out;
    }
}
