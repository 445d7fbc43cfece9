package cn.gongkai.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A tool an end-to-end test needs (tmux, Chromium). On a developer's machine without it the
 * test is skipped with the reason; under CI (the {@code CI} variable set) it fails, because a
 * skipped browser or terminal test would let CI pass without having looked.
 */
public final class Needs {
    private Needs() {}

    public static void tool(boolean present, String reason) {
        if (present) {
            return;
        }
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            fail(reason + " (CI is set: a missing tool fails the test instead of skipping it)");
        }
        assumeTrue(false, reason);
    }
}
