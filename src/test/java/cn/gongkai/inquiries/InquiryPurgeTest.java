package cn.gongkai.inquiries;

import cn.gongkai.app.Records;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Main;
import cn.gongkai.config.Home;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InquiryPurgeTest {
    @TempDir Path home;

    @Test
    void purge_removes_phones_and_texts_of_old_inquiries_and_keeps_what_is_counted() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
        InquiryLog log = Records.open(new Home(home), clock).inquiries();
        long old = log.record(new NewInquiry(InquiryChannel.SMS, Instant.parse("2025-03-01T08:00:00Z"), "石门村",
                "低保怎么申请", List.of("QH-2025-0017"), false, "+8613812345678", "SMold", null, null));
        log.feedback(old, true);
        long recent = log.record(new NewInquiry(InquiryChannel.SMS, Instant.parse("2026-11-01T08:00:00Z"), null,
                "合疗缴费", List.of(), true, "+8613900001111", "SMnew", null, null));

        StringWriter out = new StringWriter();
        int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), clock,
                "inquiries", "purge", "--home", home.toString(), "--older-than", "365d");
        assertThat(status).isZero();
        assertThat(out.toString()).contains("1 条");

        List<Inquiry> all = log.list(InquiryFilter.all());
        Inquiry purged = all.stream().filter(i -> i.id() == old).findFirst().orElseThrow();
        assertThat(purged.text()).isEmpty();
        assertThat(purged.senderPhone()).isNull();
        assertThat(purged.channel()).isEqualTo(InquiryChannel.SMS);
        assertThat(purged.village()).isEqualTo("石门村");
        assertThat(purged.feedback()).isNotNull();
        Inquiry kept = all.stream().filter(i -> i.id() == recent).findFirst().orElseThrow();
        assertThat(kept.text()).isEqualTo("合疗缴费");
        assertThat(kept.senderPhone()).isEqualTo("+8613900001111");
    }

    @Test
    void a_bad_age_is_one_line() {
        StringWriter err = new StringWriter();
        int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "inquiries", "purge", "--home", home.toString(), "--older-than", "last year");
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1);
    }
}
