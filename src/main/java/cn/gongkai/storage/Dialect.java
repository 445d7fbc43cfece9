package cn.gongkai.storage;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which database a home runs on, for the few statements that cannot be written once for both.
 * Everything else is SQL both accept ({@code INSERT … ON CONFLICT … DO NOTHING}, {@code RETURNING},
 * text timestamps compared as text), so a package asks here only when it must.
 */
public enum Dialect {
    /** The embedded default: the home's {@code data/gongkai.db}, one writer per file. */
    SQLITE("classpath:db/migration", "BEGIN IMMEDIATE", ""),
    /** The city platform (issue 19): {@code GONGKAI_DATABASE_URL}, several nodes on one server. */
    POSTGRESQL("classpath:db/postgresql", "BEGIN", " FOR UPDATE SKIP LOCKED");

    private final String migrations;
    private final String beginWrite;
    private final String skipLocked;

    Dialect(String migrations, String beginWrite, String skipLocked) {
        this.migrations = migrations;
        this.beginWrite = beginWrite;
        this.skipLocked = skipLocked;
    }

    /** Migrations written once in SQL both databases accept: one file, read by both vendors. */
    static final String COMMON = "classpath:db/common";

    /**
     * Flyway's locations: SQLite's scripts (and the Java migrations in {@code db.migration}), or their
     * PostgreSQL twins, one per SQLite version (see {@code MigrationTwinsTest}); and the common ones.
     */
    public String[] migrations() {
        return new String[] {migrations, COMMON};
    }

    /**
     * The statement that opens a write transaction. SQLite's {@code IMMEDIATE} takes the file's write
     * lock first, so a transaction that reads then writes never fails half-way on SQLITE_BUSY;
     * PostgreSQL locks rows as it writes them.
     */
    public String beginWrite() {
        return beginWrite;
    }

    /**
     * What to append to a {@code SELECT} that claims rows another node must not claim too (the
     * outbox): {@code FOR UPDATE SKIP LOCKED} on PostgreSQL; nothing on SQLite, whose one writer at
     * a time already makes a claim exclusive.
     */
    public String skipLocked() {
        return skipLocked;
    }

    /** The dialect of an open connection (a pooled one too). */
    public static Dialect of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? POSTGRESQL : SQLITE;
    }
}
