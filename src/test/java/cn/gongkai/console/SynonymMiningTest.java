package cn.gongkai.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.corpus.SearchRequest;
import cn.gongkai.inquiries.InquiryChannel;
import cn.gongkai.inquiries.NewInquiry;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rephrasing that worked becomes a proposed synonym; one click adds it, audited, at once. */
class SynonymMiningTest {
    @TempDir static Path home;
    static StaffSite site;
    static StaffSite.Client staff;

    @BeforeAll
    static void start() throws Exception {
        site = new StaffSite(home, Duration.ofMinutes(30));
        staff = site.client().loggedIn(StaffSite.STAFF);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static void sms(String phone, Instant at, String text) {
        var found = site.corpus.search().search(SearchRequest.of(text));
        List<String> ids = found.hits().stream().map(h -> h.disclosure().id()).toList();
        site.records.inquiries().record(new NewInquiry(InquiryChannel.SMS, at, null, text, ids, ids.isEmpty(),
                phone, null, null, null));
    }

    @Test
    void a_failed_question_rephrased_with_success_by_the_same_number_is_proposed_and_approved_in_one_click()
            throws Exception {
        Instant t = site.records.clock().instant().minusSeconds(600);
        assertThat(site.corpus.search().search(SearchRequest.of("火盆钱")).nothingFound()).isTrue();
        sms("+8613900000401", t, "火盆钱");
        sms("+8613900000401", t.plusSeconds(60), "取暖救助金");
        // Another number's success says nothing about this one's words; nor does a day later.
        sms("+8613900000402", t, "铁锅钱");
        sms("+8613900000403", t.plusSeconds(30), "取暖救助金");
        sms("+8613900000402", t.plus(Duration.ofDays(1)), "取暖救助金");

        var groups = new DemandPages(null, site.corpus, site.records).groups();
        var huopen = groups.stream().filter(g -> g.examples().contains("火盆钱")).findFirst().orElseThrow();
        assertThat(huopen.proposal()).isEqualTo(new SynonymMining.Pair("火盆钱", "取暖救助金"));
        var tieguo = groups.stream().filter(g -> g.examples().contains("铁锅钱")).findFirst().orElseThrow();
        assertThat(tieguo.proposal()).isNull();

        String page = staff.get("/staff/demand").body();
        assertThat(page).contains("建议同义词").contains("同意，加入同义词");
        HttpResponse<String> r = staff.submit("/staff/demand", "/staff/demand/synonym",
                Map.of("key", huopen.key(), "people", "火盆钱", "official", "取暖救助金"));
        assertThat(r.statusCode()).isEqualTo(302);
        // At once, without a restart: the villager's word now finds the notice.
        assertThat(site.corpus.search().search(SearchRequest.of("火盆钱")).hits()).isNotEmpty();
        assertThat(Files.readString(new cn.gongkai.config.Home(home).addedSynonyms())).contains("火盆钱, 取暖救助金");
        List<String> audited = site.records.database().read(tx -> tx.list(
                "SELECT detail FROM audit_log WHERE action = 'DEMAND_SYNONYM'", rs -> rs.getString(1)));
        assertThat(audited).anyMatch(d -> d.contains("火盆钱, 取暖救助金"));
    }
}
