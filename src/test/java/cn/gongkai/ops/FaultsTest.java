package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.gongkai.config.Home;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.Disclosure;
import cn.gongkai.corpus.Importer;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.bench.SyntheticCorpus;
import cn.gongkai.corpus.TestHomes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults a service-hall PC meets: a process killed mid-work, a data folder it cannot write. */
class FaultsTest {
    @TempDir Path home;
    @TempDir Path source;

    @Test
    void index_killed_halfway_leaves_the_old_index_serving_and_the_next_rebuild_succeeds() throws Exception {
        TestHomes.sample(home).close();
        Path before = Files.readString(home.resolve("index/CURRENT")).strip().transform(home.resolve("index")::resolve);
        // Enough files that the import is still running when it is killed.
        List<Disclosure> docs = new SyntheticCorpus(new Importer().readSample().disclosures()).generate(6000, 1);
        for (Disclosure d : docs) {
            Files.writeString(source.resolve(d.id() + ".md"), "---\nid: " + d.id() + "\ntitle: " + d.title()
                    + "\npublished: " + d.published() + "\n---\n" + d.body(), StandardCharsets.UTF_8);
        }
        Process p = ChildProcess.gongkai(List.of(), "index", "--home", home.toString(), "--source", source.toString(),
                "--rebuild").start();
        // Wait until it has started writing a new generation, then kill it without warning.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && generations() < 2 && p.isAlive()) {
            Thread.sleep(20);
        }
        assertThat(p.isAlive()).as("the import finished before it could be killed").isTrue();
        Thread.sleep(300);
        p.destroyForcibly().waitFor();

        assertThat(Files.readString(home.resolve("index/CURRENT")).strip()).isEqualTo(before.getFileName().toString());
        try (Corpus c = Corpus.open(new Home(home), TestHomes.CLOCK)) {
            assertThat(c.size()).isEqualTo(71);
            assertThat(c.search().search(SearchRequest.of("森林防火")).total()).isPositive();
        }
        assertThat(generations()).as("the killed build's partial generation").isEqualTo(2);
        // The next build removes it at its start, even one that then publishes nothing.
        Path empty = Files.createDirectories(source.resolveSibling(source.getFileName() + "-empty"));
        Process nothing = ChildProcess.gongkai(List.of(), "index", "--home", home.toString(), "--source",
                empty.toString(), "--rebuild").start();
        assertThat(nothing.waitFor(120, TimeUnit.SECONDS)).isTrue();
        ChildProcess.readErr(nothing);
        assertThat(generations()).as("generations after a build that published nothing").isEqualTo(1);
        Process again = ChildProcess.gongkai(List.of(), "index", "--home", home.toString(), "--source",
                source.toString(), "--rebuild").start();
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(ChildProcess.readErr(again)).isZero();
        try (Corpus c = Corpus.open(new Home(home), TestHomes.CLOCK)) {
            assertThat(c.size()).isEqualTo(6000);
        }
        assertThat(generations()).isLessThanOrEqualTo(2);
    }

    private long generations() throws java.io.IOException {
        try (var s = Files.list(home.resolve("index"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
        }
    }

    @Test
    void a_read_only_data_folder_at_start_up_is_one_line_naming_the_path() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root ignores permission bits: run the command as nobody when the tests run as root.
        List<String> asNobody = List.of();
        String classpath = System.getProperty("java.class.path");
        if ("root".equals(System.getProperty("user.name"))) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is needed to drop root");
            asNobody = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
            classpath = ChildProcess.worldReadableClasspath(Files.createDirectories(source.resolve("cp")));
            Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rwxr-xr-x"));
            // The log folder is the one place under the home it may write.
            Files.setPosixFilePermissions(Files.createDirectories(home.resolve("logs")),
                    PosixFilePermissions.fromString("rwxrwxrwx"));
        }
        Process p = ChildProcess.gongkaiWith(asNobody, classpath, "requests", "list", "--home", home.toString()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = ChildProcess.readErr(p);
        assertThat(p.exitValue()).as(err).isEqualTo(1);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains(data.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void a_read_only_home_is_one_line_before_logging_starts() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> asNobody = List.of();
        String classpath = System.getProperty("java.class.path");
        if ("root".equals(System.getProperty("user.name"))) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv (util-linux) is needed to drop root");
            asNobody = List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
            classpath = ChildProcess.worldReadableClasspath(Files.createDirectories(source.resolve("cp")));
            Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (String[] args : List.of(new String[] {"requests", "list"}, new String[] {"serve", "--port", "0"})) {
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--home", home.toString()));
            Process p = ChildProcess.gongkaiWith(asNobody, classpath, all.toArray(String[]::new)).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = ChildProcess.read(p);
            String err = ChildProcess.readErr(p);
            assertThat(p.exitValue()).as(err).isEqualTo(1);
            assertThat((out + err).strip().lines()).as(out + err).hasSize(1);
            assertThat(err).contains(home.resolve("logs").toString()).doesNotContain("Exception").doesNotContain("\tat ");
        }
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void data_path_that_is_a_file_is_one_line_too() throws Exception {
        Files.writeString(home.resolve("data"), "oops");
        Process p = ChildProcess.gongkai(List.of(), "requests", "list", "--home", home.toString()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = ChildProcess.readErr(p);
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).contains(home.resolve("data").toString()).doesNotContain("Exception");
    }
}
