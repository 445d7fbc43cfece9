package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Cli;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.app.Records;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restore never pulls the floor from under a running service, and a backup cannot write where it likes. */
class RestoreSafetyTest {
    static final String PUBLISHED = """
            ---
            id: QH-2026-CONSOLE-1
            title: 青禾区关于冬季取暖补贴发放的通知
            agency: 青禾区民政局
            type: 通知
            published: 2026-11-20
            ---
            冬季取暖补贴按户发放, 每户八百元。
            """;

    @TempDir Path home;
    @TempDir Path backups;
    @TempDir Path elsewhere;

    @Test
    void restore_into_a_home_that_serve_is_using_is_refused_in_one_line() throws Exception {
        TestHomes.sample(home).close();
        Records.open(new Home(home), TestHomes.CLOCK).inquiries().record(NewInquiry.of(InquiryChannel.KIOSK, "低保", List.of()));
        Path folder = Backup.create(new Home(home), backups, TestHomes.CLOCK);
        try (ServeProcess serve = ServeProcess.start(ServeProcess.launcher(null, List.of()), home, Map.of())) {
            byte[] before = Files.readAllBytes(home.resolve("data/gongkai.db"));
            assertThatThrownBy(() -> Restore.from(new Home(home), folder))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("正在使用")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            assertThat(Files.readAllBytes(home.resolve("data/gongkai.db"))).isEqualTo(before);
            assertThat(serve.alive()).isTrue();
        }
        // Once serve has stopped, the same restore goes through.
        assertThat(Restore.from(new Home(home), folder).inquiries()).isEqualTo(1);
    }

    @Test
    void disclosures_published_in_the_console_survive_backup_restore_and_rebuild() throws Exception {
        TestHomes.sample(home).close();
        // As the console publishes: a Markdown file in disclosures/ under the home, then indexed.
        Path published = home.resolve("disclosures/QH-2026-CONSOLE-1.md");
        Files.createDirectories(published.getParent());
        Files.writeString(published, PUBLISHED, StandardCharsets.UTF_8);
        assertThat(Cli.run(TestHomes.CLOCK, "index", "--home", home.toString(),
                "--source", home.resolve("disclosures").toString()).status()).isZero();

        Path folder = Backup.create(new Home(home), backups, TestHomes.CLOCK);
        Restore.from(new Home(elsewhere), folder);
        assertThat(elsewhere.resolve("disclosures/QH-2026-CONSOLE-1.md")).hasContent(PUBLISHED);

        // A rebuild from the sample alone still keeps what staff published.
        Cli.Result rebuilt = Cli.run(TestHomes.CLOCK, "index", "--home", elsewhere.toString(), "--rebuild");
        assertThat(rebuilt.status()).as(rebuilt.err()).isZero();
        try (Corpus corpus = Corpus.open(new Home(elsewhere), TestHomes.CLOCK)) {
            assertThat(corpus.search().search(SearchRequest.of("取暖补贴")).hits())
                    .anySatisfy(h -> assertThat(h.disclosure().id()).isEqualTo("QH-2026-CONSOLE-1"));
        }
    }

    @Test
    void a_manifest_naming_files_outside_the_backup_is_refused_and_nothing_is_written() throws Exception {
        TestHomes.sample(home).close();
        Files.createDirectories(home.resolve("disclosures"));
        Files.writeString(home.resolve("disclosures/QH-2026-CONSOLE-1.md"), PUBLISHED, StandardCharsets.UTF_8);
        Path folder = Backup.create(new Home(home), backups, TestHomes.CLOCK);
        Path target = elsewhere.resolve("home");
        Path victim = elsewhere.resolve("victim.md");
        // The crafted backup carries a file and a manifest entry that climb out of disclosures/.
        Files.writeString(folder.resolve("victim.md"), "overwritten", StandardCharsets.UTF_8);
        ObjectNode m = (ObjectNode) Backup.JSON.readTree(folder.resolve("manifest.json").toFile());
        ((ArrayNode) m.withArray("disclosures")).add("../../victim.md");
        Backup.JSON.writeValue(folder.resolve("manifest.json").toFile(), m);
        Files.writeString(victim, "keep me", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Restore.from(new Home(target), folder)).isInstanceOf(UserException.class)
                .hasMessageContaining("../../victim.md");
        assertThat(victim).hasContent("keep me");
        assertThat(target.resolve("data")).doesNotExist();
        assertThat(target.resolve("index")).doesNotExist();
    }

    @Test
    void a_symbolic_link_in_a_backup_is_refused() throws Exception {
        TestHomes.sample(home).close();
        Path folder = Backup.create(new Home(home), backups, TestHomes.CLOCK);
        Path secret = elsewhere.resolve("secret.yaml");
        Files.writeString(secret, "not for the home", StandardCharsets.UTF_8);
        Files.createDirectories(folder.resolve("kiosk-config"));
        Files.createSymbolicLink(folder.resolve("kiosk-config/messages.yaml"), secret);
        Path target = elsewhere.resolve("home");
        assertThatThrownBy(() -> Restore.from(new Home(target), folder)).isInstanceOf(UserException.class)
                .hasMessageContaining("messages.yaml");
        assertThat(target.resolve("kiosk-config/messages.yaml")).doesNotExist();
        assertThat(target.resolve("data")).doesNotExist();
    }
}
