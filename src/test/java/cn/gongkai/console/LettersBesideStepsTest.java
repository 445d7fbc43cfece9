package cn.gongkai.console;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.letters.LetterKind;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.Fees;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.ResultCode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every letter kind is offered in the timeline row of the step it reports, and what is offered
 * there prints: receipt, correction, extension, consultation, fee and reply on one request, the
 * Art. 35 later-deadline letter on another.
 */
class LettersBesideStepsTest {
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

    long add(String name, String formWanted) {
        return site.records.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, name, "13812345678", true,
                RequestChannel.IN_PERSON, "2026年村道硬化工程资金使用情况", formWanted, of(2026, 10, 12), null), "王芳");
    }

    /** The letter kinds linked from the timeline table's rows, with the step each row shows. */
    Set<LetterKind> besideSteps(long id) throws Exception {
        String page = staff.get("/staff/requests/" + id).body();
        String timeline = page.substring(page.indexOf("<table id=\"timeline\">"));
        timeline = timeline.substring(0, timeline.indexOf("</table>"));
        Set<LetterKind> kinds = EnumSet.noneOf(LetterKind.class);
        Matcher m = Pattern.compile("<tr><td>[^<]*</td><td>([^<]*)</td>(?:(?!</tr>).)*?/letters/([a-z]+)\\?format=pdf", Pattern.DOTALL)
                .matcher(timeline);
        while (m.find()) {
            LetterKind k = LetterKind.parse(m.group(2));
            // the row's step is the one the letter reports (the fee notice is a note of its own)
            assertThat(m.group(1)).as(k + " beside its step").isEqualTo(k == LetterKind.FEE
                    ? Labels.event(cn.gongkai.requests.EventKind.NOTE) : Labels.event(k.step));
            kinds.add(k);
        }
        return kinds;
    }

    int status(String path) throws Exception {
        return staff.http.send(HttpRequest.newBuilder(URI.create(site.url(path))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void each_letter_kind_sits_in_the_row_of_its_step_and_prints_from_there() throws Exception {
        var requests = site.records.requests();
        long a = add("孙七", "纸质");
        requests.requestCorrection(a, of(2026, 10, 13), "请写明村道名称", "王芳");
        requests.corrected(a, of(2026, 10, 15), "王芳");
        requests.pause(a, of(2026, 10, 16), "石门村村委会", "王芳");
        requests.resume(a, of(2026, 10, 20), "王芳");
        site.records.feeNotices().notify(a, Fees.Basis.PER_PAGE, 40, of(2026, 10, 21), "王芳");
        requests.extend(a, of(2026, 11, 10), 10, "科长刘强", "王芳");
        requests.conclude(a, ResultCode.GRANTED, of(2026, 11, 20), "见附件", "王芳");

        long b = add("周八", null);
        requests.askReasons(b, of(2026, 10, 14), "本月已申请 36 件", "王芳");
        requests.setLaterDeadline(b, of(2026, 10, 20), 45, null, "涉及七年的明细", "王芳");

        Set<LetterKind> seen = EnumSet.noneOf(LetterKind.class);
        seen.addAll(besideSteps(a));
        assertThat(besideSteps(b)).containsExactly(LetterKind.RECEIPT, LetterKind.LATER);
        seen.addAll(besideSteps(b));
        assertThat(seen).containsExactlyInAnyOrder(LetterKind.values());

        for (LetterKind k : LetterKind.values()) {
            long id = k == LetterKind.LATER ? b : a;
            assertThat(status("/staff/requests/" + id + "/letters/" + k.code() + "?format=pdf")).as(k.code()).isEqualTo(200);
        }
        assertThat(staff.get("/staff/requests/" + b).body()).contains("青禾政依申迟〔2026〕第1号");
    }
}
