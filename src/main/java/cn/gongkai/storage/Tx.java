package cn.gongkai.storage;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One open transaction with small helpers for parameterised SQL. Dates are stored as ISO text
 * (sortable, readable in the sqlite3 shell), instants as ISO-8601 UTC, enums by name.
 */
public final class Tx {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    // Fixed width (always milliseconds), so text order is time order in SQL comparisons;
    // Instant.toString() drops zero fractions and would sort "…:00Z" after "…:00.5Z".
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Connection connection;
    /** SQLite: the connection's prepared statements, reused (null: each statement prepared and closed). */
    private final Statements statements;

    Tx(Connection connection) {
        this.connection = connection;
        this.statements = null;
    }

    /** A transaction on a SQLite connection whose statements are kept ({@link Statements}). */
    Tx(Statements statements) {
        this.connection = statements.connection();
        this.statements = statements;
        this.dialect = Dialect.SQLITE;
    }

    public Connection connection() {
        return connection;
    }

    private Dialect dialect;

    /** SQLite or PostgreSQL, for the few statements written differently (see {@link Dialect}). */
    public Dialect dialect() throws SQLException {
        if (dialect == null) {
            dialect = Dialect.of(connection);
        }
        return dialect;
    }

    /** Runs an INSERT and returns the new row id. */
    public long insert(String sql, Object... args) throws SQLException {
        if (statements != null) {
            // What sqlite-jdbc's generated keys do (its connections here have them off, so an
            // upsert no longer pays for a key nobody reads), with the query prepared once.
            update(sql, args);
            return list("SELECT last_insert_rowid()", rs -> rs.getLong(1)).get(0);
        }
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, args);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    public int update(String sql, Object... args) throws SQLException {
        if (statements != null) {
            PreparedStatement ps = statements.get(sql);
            try {
                bind(ps, args);
                return ps.executeUpdate();
            } catch (SQLException | RuntimeException e) {
                statements.discard(sql);
                throw e;
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) throws SQLException {
        if (statements != null) {
            PreparedStatement ps = statements.get(sql);
            try {
                return rows(ps, row, args);
            } catch (SQLException | RuntimeException e) {
                statements.discard(sql);
                throw e;
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            return rows(ps, row, args);
        }
    }

    /** Closing the result set resets the statement (sqlite-jdbc), so a kept one holds no read open. */
    private static <T> List<T> rows(PreparedStatement ps, Row<T> row, Object[] args) throws SQLException {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    /** Runs a statement without parameters or results (a savepoint), kept when the connection keeps them. */
    void execute(String sql) throws SQLException {
        if (statements != null) {
            PreparedStatement ps = statements.get(sql);
            try {
                ps.execute();
                return;
            } catch (SQLException | RuntimeException e) {
                statements.discard(sql);
                throw e;
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... args) throws SQLException {
        List<T> all = list(sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Holds {@code key} until this transaction ends, for a read-then-write that must not interleave
     * with the same one from another node or process (the next letter number): a PostgreSQL advisory
     * lock. SQLite's one writer per file already serialises whole write transactions: nothing to do.
     */
    public void serialize(String key) throws SQLException {
        if (dialect() == Dialect.POSTGRESQL) {
            list("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> 1, key);
        }
    }

    /**
     * Runs a PRAGMA and returns its first column as text (or null). SQLite's settings of the file and
     * connection have no PostgreSQL counterpart a client sets (the server's are the DBA's): there it
     * runs nothing and returns null.
     */
    public String pragma(String pragma) throws SQLException {
        if (dialect() == Dialect.POSTGRESQL) {
            return null;
        }
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            int p = i + 1;
            if (a == null) {
                ps.setNull(p, Types.NULL);
            } else if (a instanceof Instant instant) {
                ps.setString(p, text(instant));
            } else if (a instanceof LocalDate || a instanceof BigDecimal) {
                ps.setString(p, a instanceof BigDecimal b ? b.toPlainString() : a.toString());
            } else if (a instanceof Enum<?> e) {
                ps.setString(p, e.name());
            } else if (a instanceof Boolean b) {
                ps.setInt(p, b ? 1 : 0);
            } else {
                ps.setObject(p, a);
            }
        }
    }

    private static final long YEAR_1000 = -30_610_224_000L;
    private static final long YEAR_10000 = 253_402_300_800L;

    /**
     * {@link #INSTANT}'s text, written here for years 1000 to 9999 (the formatter's general
     * path showed in the one writer thread's profile; every logged text binds one or two).
     */
    static String text(Instant t) {
        long s = t.getEpochSecond();
        if (s < YEAR_1000 || s >= YEAR_10000) {
            return INSTANT.format(t);
        }
        java.time.LocalDateTime d = java.time.LocalDateTime.ofEpochSecond(s, t.getNano(), ZoneOffset.UTC);
        char[] c = new char[24];
        digits(c, 0, d.getYear(), 4);
        c[4] = '-';
        digits(c, 5, d.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, d.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, d.getHour(), 2);
        c[13] = ':';
        digits(c, 14, d.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, d.getSecond(), 2);
        c[19] = '.';
        digits(c, 20, t.getNano() / 1_000_000, 3);
        c[23] = 'Z';
        return new String(c);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** A nullable ISO date column. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : LocalDate.parse(s);
    }

    /** A nullable ISO instant column. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Instant.parse(s);
    }
}
