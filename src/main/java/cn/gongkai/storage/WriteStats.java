package cn.gongkai.storage;

/**
 * What the group-commit writes cost so far, for the benchmarks: how many writes and commits, how
 * long callers waited from queuing a write to hearing it was committed, and how long the writer
 * spent running the pieces' SQL and committing (with {@code FULL}, the fsync), and the WAL fsyncs
 * {@link WalSync} ran after the commits. Counted with a few clock reads per
 * write; nothing in it is personal.
 */
public record WriteStats(long writes, long batches, long waitNanos, long sqlNanos, long commitNanos, long walSyncs,
        long walSyncNanos) {
    public WriteStats minus(WriteStats o) {
        return new WriteStats(writes - o.writes, batches - o.batches, waitNanos - o.waitNanos, sqlNanos - o.sqlNanos,
                commitNanos - o.commitNanos, walSyncs - o.walSyncs, walSyncNanos - o.walSyncNanos);
    }

    public WriteStats plus(WriteStats o) {
        return new WriteStats(writes + o.writes, batches + o.batches, waitNanos + o.waitNanos, sqlNanos + o.sqlNanos,
                commitNanos + o.commitNanos, walSyncs + o.walSyncs, walSyncNanos + o.walSyncNanos);
    }

    /** One line: writes per commit, a caller's mean wait, and a commit's mean SQL and fsync time. */
    public String summary() {
        double b = Math.max(1, batches);
        return String.format(java.util.Locale.ROOT,
                "%d writes in %d commits (%.1f per commit); wait per write %.2f ms; per commit: SQL %.2f ms"
                        + " (%.3f ms a write), COMMIT %.2f ms",
                writes, batches, writes / b, waitNanos / 1e6 / Math.max(1, writes), sqlNanos / 1e6 / b,
                sqlNanos / 1e6 / Math.max(1, writes), commitNanos / 1e6 / b)
                + (walSyncs == 0 ? "" : String.format(java.util.Locale.ROOT, "; WAL fsyncs after commit: %d, %.2f ms each",
                        walSyncs, walSyncNanos / 1e6 / walSyncs));
    }
}
