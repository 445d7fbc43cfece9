package cn.gongkai.cluster;

import cn.gongkai.storage.Database;
import cn.gongkai.storage.Tx;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The searchable content the database holds for every node (tables {@code search_version},
 * {@code published_disclosures}, {@code added_synonyms}): what staff publish or add through one
 * node, and the version each such change bumps in the same transaction, which every node's
 * {@link IndexFollower} watches.
 */
public final class SharedContent {
    /** A console-published disclosure: its Markdown file's text, and the version it was saved at. */
    public record Saved(String id, String markdown, long version) {}

    private final Database db;
    private final Clock clock;

    public SharedContent(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The version of searchable content: it only grows. */
    public long version() {
        return db.read(tx -> tx.one("SELECT version FROM search_version WHERE id = 1", rs -> rs.getLong(1))).orElse(0L);
    }

    /** Records (or replaces) a published disclosure and bumps the version, together. */
    public long disclosure(String id, String markdown, String actor) {
        Instant now = clock.instant();
        return db.write(tx -> {
            long v = bump(tx, now);
            tx.update("""
                    INSERT INTO published_disclosures (id, markdown, version, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET markdown = excluded.markdown, version = excluded.version,
                        saved_by = excluded.saved_by, saved_at = excluded.saved_at""", id, markdown, v, actor, now);
            return v;
        });
    }

    /**
     * Records many disclosures ({@code gongkai index} run by hand) and bumps the version once, in
     * one transaction: every node's follower then indexes them, as for a console publish.
     * {@code markdown} maps each id to its Markdown file's text.
     */
    public long disclosures(java.util.Map<String, String> markdown, String actor) {
        Instant now = clock.instant();
        return db.write(tx -> {
            long v = bump(tx, now);
            for (var e : markdown.entrySet()) {
                tx.update("""
                        INSERT INTO published_disclosures (id, markdown, version, saved_by, saved_at) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET markdown = excluded.markdown, version = excluded.version,
                            saved_by = excluded.saved_by, saved_at = excluded.saved_at""", e.getKey(), e.getValue(), v, actor, now);
            }
            return v;
        });
    }

    /** Records a synonym line ("people's word, official word") and bumps the version, together. */
    public long synonym(String line, String actor) {
        Instant now = clock.instant();
        return db.write(tx -> {
            long v = bump(tx, now);
            tx.update("""
                    INSERT INTO added_synonyms (line, version, added_by, added_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (line) DO NOTHING""", line, v, actor, now);
            return v;
        });
    }

    /** Disclosures saved after {@code version} (all of them for -1), oldest first. */
    public List<Saved> disclosuresAfter(long version) {
        return db.read(tx -> tx.list("SELECT id, markdown, version FROM published_disclosures WHERE version > ? ORDER BY version",
                rs -> new Saved(rs.getString(1), rs.getString(2), rs.getLong(3)), version));
    }

    /** Every synonym line added through any node, in the order added. */
    public List<String> synonyms() {
        return db.read(tx -> tx.list("SELECT line FROM added_synonyms ORDER BY version, line", rs -> rs.getString(1)));
    }

    private static long bump(Tx tx, Instant now) throws SQLException {
        tx.update("UPDATE search_version SET version = version + 1, at = ? WHERE id = 1", now);
        return tx.one("SELECT version FROM search_version WHERE id = 1", rs -> rs.getLong(1))
                .orElseThrow(() -> new SQLException("search_version has no row"));
    }
}
