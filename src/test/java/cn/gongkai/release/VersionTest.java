package cn.gongkai.release;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code gongkai --version} names the version from pom.xml and the commit Maven built from. */
class VersionTest {
    @Test
    void version_names_the_release_and_the_commit() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--version")).isZero();
        // A build without .git says "unknown" instead of a commit; this repository has one.
        assertThat(out.toString().strip()).matches("gongkai \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{7,}\\)");
    }

    @Test
    void an_unfilled_placeholder_reads_as_unknown() {
        // What Maven leaves in the resource when git gave it no commit (a source tarball).
        assertThat(BuildInfo.filled("${git.commit.id.abbrev}")).isEqualTo("unknown");
        assertThat(BuildInfo.filled(null)).isEqualTo("unknown");
        assertThat(BuildInfo.filled("e6a5da9")).isEqualTo("e6a5da9");
        assertThat(new BuildInfo("0.2.0", "unknown").line()).isEqualTo("gongkai 0.2.0 (commit unknown)");
    }
}
