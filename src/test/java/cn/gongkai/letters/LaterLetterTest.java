package cn.gongkai.letters;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Cli;
import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 延迟答复告知书 (Art. 35): the applicant is told in writing of the later deadline, its reason and
 * the article; numbered in its own series, delivery recorded like every other letter.
 */
class LaterLetterTest {

    @TempDir Path home;
    @TempDir Path scratch;

    Records at(LocalDate today) {
        return Records.open(new Home(home), Cli.clockAt(today));
    }

    static long received(Records r, String name, LocalDate on) {
        return r.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, name, "13812345678", true,
                RequestChannel.IN_PERSON, "2019年以来全镇每一笔惠农补贴的发放明细", null, on, null), "王芳");
    }

    @Test
    void the_later_deadline_letter_carries_the_reason_the_new_date_and_article_35() throws Exception {
        Records r = at(of(2026, 12, 31));
        long id = received(r, "张三", of(2026, 2, 2));
        Letters letters = new Letters(r);
        // Before the later deadline is set there is no such step: refused, no number taken.
        assertThatThrownBy(() -> letters.print(id, LetterKind.LATER, LetterFormat.PDF, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("还没有这一步").hasMessageContaining("later-deadline");
        assertThat(letters.of(id)).isEmpty();

        r.requests().askReasons(id, of(2026, 2, 4), "本月已申请 36 件", "王芳");
        // 45 working days from Monday 2 February 2026, past the Spring Festival (15–23 February off,
        // Saturdays 14 and 28 February worked) and Qingming (4–6 April off): Monday 13 April.
        r.requests().setLaterDeadline(id, of(2026, 3, 6), 45, null, "涉及七年、九个村的发放明细，需逐笔核对", "王芳");

        Letters.Printed pdf = letters.print(id, LetterKind.LATER, LetterFormat.PDF, "王芳");
        assertThat(pdf.letter().numberText()).isEqualTo("青禾政依申迟〔2026〕第1号");
        assertThat(pdf.letter().issuedOn()).isEqualTo(of(2026, 3, 6));
        String text = LetterText.pdf(pdf.bytes(), scratch);
        assertThat(text).contains("政府信息公开申请延迟答复告知书", "青禾政依申迟〔2026〕第1号", "张三：",
                "2026年2月2日收到", "2026年2月4日要求您说明理由", "涉及七年、九个村的发放明细，需逐笔核对",
                "第三十五条", "第三十三条", "45个工作日", "2026年4月13日前作出答复", "青禾区人民政府办公室", "（印章）",
                "2026年3月6日");

        Letters.Printed docx = letters.print(id, LetterKind.LATER, LetterFormat.DOCX, "李四");
        assertThat(docx.letter().numberText()).as("printing again keeps the number").isEqualTo("青禾政依申迟〔2026〕第1号");
        assertThat(LetterText.docx(docx.bytes())).contains("延迟答复告知书", "青禾政依申迟〔2026〕第1号",
                "涉及七年、九个村的发放明细，需逐笔核对", "第三十五条", "2026年4月13日前作出答复");

        // A second request's later-deadline letter takes the next number of the same series.
        long other = received(r, "李四", of(2026, 2, 2));
        r.requests().askReasons(other, of(2026, 2, 4), "本月已申请 40 件", "王芳");
        r.requests().setLaterDeadline(other, of(2026, 3, 5), 30, null, "需调取档案室纸质台账", "王芳");
        assertThat(letters.print(other, LetterKind.LATER, LetterFormat.PDF, "王芳").letter().numberText())
                .isEqualTo("青禾政依申迟〔2026〕第2号");

        letters.deliver(id, LetterKind.LATER, DeliveryMethod.MAIL, "EMS1234", of(2026, 3, 9), "王芳");
        assertThat(letters.deliveries(id)).extracting(Delivery::tracking).containsExactly("EMS1234");
        assertThat(r.database().read(tx -> tx.one(
                "SELECT detail FROM audit_log WHERE request_id = ? AND action = 'LETTER_DELIVERED'",
                rs -> rs.getString(1), id)).orElseThrow()).startsWith("LATER MAIL EMS1234");
    }

    @Test
    void a_district_letters_yaml_written_before_this_kind_still_prints_with_the_shipped_prefix() throws Exception {
        Path own = home.resolve("kiosk-config/letters/letters.yaml");
        Files.createDirectories(own.getParent());
        String shipped = cn.gongkai.config.ConfigFiles.readDefault("letters/letters.yaml").text();
        Files.writeString(own, shipped.replace("  later: 迟\n", "").replace("青禾区人民政府办公室", "石门镇人民政府"));
        Records r = at(of(2026, 12, 31));
        long id = received(r, "王五", of(2026, 2, 2));
        r.requests().askReasons(id, of(2026, 2, 4), "本月已申请 36 件", "王芳");
        r.requests().setLaterDeadline(id, of(2026, 3, 6), 45, null, "涉及七年的明细", "王芳");
        Letters.Printed p = new Letters(r).print(id, LetterKind.LATER, LetterFormat.DOCX, "王芳");
        assertThat(p.letter().numberText()).isEqualTo("青禾政依申迟〔2026〕第1号");
        assertThat(LetterText.docx(p.bytes())).contains("石门镇人民政府");
    }
}
