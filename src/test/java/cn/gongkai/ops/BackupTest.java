package cn.gongkai.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.InquiryLog;
import cn.gongkai.inquiries.NewInquiry;
import cn.gongkai.app.Records;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {
    @TempDir Path home;
    @TempDir Path backups;
    @TempDir Path elsewhere;

    @Test
    void backup_taken_while_writers_run_restores_into_a_new_home_and_checks_out() throws Exception {
        Home h = new Home(home);
        try (Corpus corpus = TestHomes.sample(home)) {
            InquiryLog log = Records.open(h, TestHomes.CLOCK).inquiries();
            for (int i = 0; i < 20; i++) {
                log.record(NewInquiry.of(InquiryChannel.KIOSK, "森林防火 " + i, List.of("QH-2025-0029")));
            }
            // A writer keeps going during the backup, as serve would.
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    log.record(NewInquiry.of(InquiryChannel.SMS, "低保", List.of()));
                    written.incrementAndGet();
                }
            });
            writer.start();
            Path folder = Backup.create(h, backups, TestHomes.CLOCK);
            stop.set(true);
            writer.join();
            assertThat(folder.getFileName().toString()).isEqualTo("gongkai-20261127-000000");
            assertThat(folder.resolve("manifest.json")).exists();
            assertThat(written.get()).isPositive();

            Restore.Result r = Restore.from(new Home(elsewhere), folder);
            assertThat(r.documents()).isEqualTo(corpus.size());
            assertThat(r.inquiries()).isBetween(20L, 20L + written.get());
        }
        try (Corpus restored = Corpus.open(new Home(elsewhere), TestHomes.CLOCK)) {
            assertThat(restored.search().search(cn.gongkai.corpus.SearchRequest.of("森林防火")).total()).isPositive();
        }
        assertThat(Records.open(new Home(elsewhere), TestHomes.CLOCK).inquiries()
                .list(cn.gongkai.inquiries.InquiryFilter.all())).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void views_waiting_in_the_journal_are_in_the_backup_and_written_once_after_a_restore() throws Exception {
        Home h = new Home(home);
        TestHomes.sample(home).close();
        Records records = Records.open(h, TestHomes.CLOCK);
        // As the kiosk logs a tap: journal first, database later (here: not yet).
        records.database().journalOnly("inquiry", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
                .put("channel", "KIOSK").put("at", "2026-11-27T00:00:00Z").put("text", "待写查看")
                .put("nothing_found", false).put("external_id", "journal-backup-1")
                .set("result_ids", new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode().add("QH-2025-0029")));
        Path folder = Backup.create(h, backups, TestHomes.CLOCK);
        assertThat(folder.resolve("journal.jsonl")).exists();
        assertThat(Files.readString(folder.resolve("manifest.json"))).contains("\"journal_entries\" : 1");

        Restore.from(new Home(elsewhere), folder);
        Records restored = Records.open(new Home(elsewhere), TestHomes.CLOCK); // opening replays the journal
        assertThat(restored.inquiries().list(cn.gongkai.inquiries.InquiryFilter.all()))
                .filteredOn(q -> q.text().equals("待写查看")).hasSize(1);
        assertThat(restored.database().diskStatus().journalPending()).isZero();

        // A journal that does not match the manifest is refused before anything is written.
        Files.writeString(folder.resolve("journal.jsonl"), "{}\n{}\n");
        assertThatThrownBy(() -> Restore.from(new Home(elsewhere), folder)).isInstanceOf(UserException.class)
                .hasMessageContaining("待写记录");
    }

    @Test
    void a_damaged_backup_is_refused_and_the_home_is_untouched() throws Exception {
        Home h = new Home(home);
        TestHomes.sample(home).close();
        Records.open(h, TestHomes.CLOCK).inquiries().record(NewInquiry.of(InquiryChannel.KIOSK, "x", List.of()));
        Path folder = Backup.create(h, backups, TestHomes.CLOCK);
        Files.writeString(folder.resolve("gongkai.db"), "not a database");
        Files.createDirectories(elsewhere.resolve("data"));
        Files.writeString(elsewhere.resolve("data/gongkai.db"), "keep me");
        assertThatThrownBy(() -> Restore.from(new Home(elsewhere), folder)).isInstanceOf(UserException.class)
                .hasMessageContaining("gongkai.db");
        assertThat(Files.readString(elsewhere.resolve("data/gongkai.db"))).isEqualTo("keep me");
    }

    @Test
    void a_folder_that_is_not_a_backup_is_named() {
        assertThatThrownBy(() -> Restore.from(new Home(home), elsewhere)).isInstanceOf(UserException.class)
                .hasMessageContaining("不是 gongkai 备份");
    }
}
