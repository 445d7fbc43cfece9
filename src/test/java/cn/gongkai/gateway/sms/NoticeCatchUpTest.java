package cn.gongkai.gateway.sms;

import cn.gongkai.outreach.Outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.config.ConfigFiles;
import cn.gongkai.config.Home;
import cn.gongkai.corpus.TestHomes;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.CalendarFile;
import cn.gongkai.requests.Deadlines;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.RequestListener;
import cn.gongkai.requests.RequestService;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A notice lost between a request's change and its queueing (a crash) is queued at the next start, once. */
class NoticeCatchUpTest {
    @TempDir Path home;

    @Test
    void start_up_queues_a_lost_notice_once() {
        Records records = Records.open(new Home(home), TestHomes.CLOCK);
        // The change commits, then the process dies before the listener runs: no listener here.
        RequestService crashed = new RequestService(records.database(),
                new Deadlines(CalendarFile.load(new ConfigFiles(new Home(home)))), TestHomes.CLOCK, RequestListener.NONE);
        crashed.add(new NewRequest(ApplicantType.NATURAL_PERSON, "张三", "+8613812345678", true, RequestChannel.IN_PERSON,
                "石门村公路预算", null, LocalDate.of(2026, 11, 26), null), "test");
        Outbox outbox = new Outbox(records.database(), TestHomes.CLOCK);
        assertThat(outbox.list(10)).isEmpty();

        assertThat(records.catchUpNotices(30)).isEqualTo(1);
        assertThat(outbox.list(10)).singleElement().satisfies(r -> assertThat(r.body()).contains("GK"));
        records.catchUpNotices(30);
        assertThat(outbox.list(10)).hasSize(1);
    }
}
