package cn.gongkai.letters;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.Cli;
import cn.gongkai.config.Home;
import cn.gongkai.config.UserException;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.Fees;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestChannel;
import cn.gongkai.requests.ResultCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LettersTest {

    @TempDir Path home;
    @TempDir Path scratch;

    Records at(LocalDate today) {
        return Records.open(new Home(home), Cli.clockAt(today));
    }

    long inPerson(Records r, String name, LocalDate received, String formWanted) {
        return r.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, name, "13812345678", true,
                RequestChannel.IN_PERSON, "2026年村道硬化工程资金使用情况", formWanted, received, null), "王芳");
    }

    @Test
    void the_receipt_holds_the_filled_fields_and_keeps_its_number_when_printed_again() throws Exception {
        Records r = at(of(2026, 11, 30));
        long id = inPerson(r, "张三", of(2026, 11, 2), "纸质");
        String code = r.requests().show(id).request().receiptCode();
        Letters letters = new Letters(r);

        Letters.Printed first = letters.print(id, LetterKind.RECEIPT, LetterFormat.PDF, "王芳");
        String text = LetterText.pdf(first.bytes(), scratch);
        assertThat(text).contains("政府信息公开申请登记回执", "青禾政依申收〔2026〕第1号", "张三：", code,
                "2026年11月2日收到", "2026年低保".substring(0, 4), "第三十三条", "2026年11月30日前", "青禾区人民政府办公室", "（印章）");
        assertThat(new String(first.bytes(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");

        Letters.Printed again = letters.print(id, LetterKind.RECEIPT, LetterFormat.DOCX, "李四");
        assertThat(again.letter().numberText()).isEqualTo("青禾政依申收〔2026〕第1号");
        assertThat(LetterText.docx(again.bytes())).contains("青禾政依申收〔2026〕第1号", "张三：", code, "第三十三条");

        long other = inPerson(r, "赵六", of(2026, 11, 3), null);
        assertThat(letters.print(other, LetterKind.RECEIPT, LetterFormat.DOCX, "王芳").letter().numberText())
                .isEqualTo("青禾政依申收〔2026〕第2号");
        // Each kind runs its own series: the first reply of the year is 第1号 too.
        assertThat(letters.of(id)).extracting(Letter::number).containsExactly(1);
    }

    @Test
    void each_reply_cites_the_article_of_its_result_and_the_remedies() throws Exception {
        Records r = at(of(2026, 11, 30));
        Letters letters = new Letters(r);
        java.util.Map<ResultCode, String> article = new java.util.EnumMap<>(ResultCode.class);
        article.put(ResultCode.GRANTED, "第三十六条第（二）项");
        article.put(ResultCode.PARTIAL, "第三十七条");
        article.put(ResultCode.DENIED_STATE_SECRET, "第十四条");
        article.put(ResultCode.DENIED_THIRD_PARTY, "第十五条");
        article.put(ResultCode.DENIED_INTERNAL_AFFAIRS, "第十六条第一款");
        article.put(ResultCode.DENIED_PROCESS_INFO, "第十六条第二款");
        article.put(ResultCode.DENIED_ADMIN_QUERY, "第三十六条第（七）项");
        article.put(ResultCode.UNAVAILABLE_NOT_HELD, "第三十六条第（四）项");
        article.put(ResultCode.UNAVAILABLE_NEEDS_CREATION, "第三十八条");
        article.put(ResultCode.NOT_PROCESSED_PETITION, "第三十九条第一款");
        article.put(ResultCode.NOT_PROCESSED_REPEAT, "第三十六条第（六）项");
        article.put(ResultCode.NOT_PROCESSED_PUBLICATION, "第三十九条第二款");
        article.put(ResultCode.NOT_PROCESSED_EXCESSIVE, "第三十五条");
        article.put(ResultCode.OTHER_FEE_UNPAID, "第四十二条");
        int n = 0;
        for (ResultCode code : ResultCode.values()) {
            if (code == ResultCode.OTHER_NO_CORRECTION || code == ResultCode.UNAVAILABLE_UNCLEAR
                    || code == ResultCode.OTHER_FEE_UNPAID) {
                continue; // these need a correction or a fee first: covered below
            }
            long id = inPerson(r, "申请人" + code.ordinal(), of(2026, 11, 2), "电子邮件");
            r.requests().conclude(id, code, of(2026, 11, 20), "详见附件。", "王芳");
            n++;
            Letters.Printed p = letters.print(id, LetterKind.REPLY, LetterFormat.DOCX, "王芳");
            assertThat(p.letter().numberText()).isEqualTo("青禾政依申复〔2026〕第" + n + "号");
            String text = LetterText.docx(p.bytes());
            assertThat(text).as(code.name()).contains("政府信息公开申请答复书", "申请人" + code.ordinal() + "：",
                    "60日内向青禾区人民政府申请行政复议", "6个月内向有管辖权的人民法院提起行政诉讼",
                    "青禾区人民政府办公室", "（印章）", "2026年11月20日", "详见附件。");
            if (article.containsKey(code)) {
                assertThat(text).as(code.name()).contains(article.get(code));
            }
        }
        // The same letter as PDF, through pdftotext: the article survives the font and the layout.
        long granted = 1;
        String pdf = LetterText.pdf(letters.print(granted, LetterKind.REPLY, LetterFormat.PDF, "王芳").bytes(), scratch);
        assertThat(pdf).contains("青禾政依申复〔2026〕第1号", "第三十六条第（二）项", "60日内", "6个月内", "行政复议", "行政诉讼");
    }

    @Test
    void correction_extension_consultation_and_fee_letters_carry_their_step() throws Exception {
        Records r = at(of(2026, 11, 30));
        Letters letters = new Letters(r);
        long id = inPerson(r, "张三", of(2026, 11, 2), "纸质");
        assertThatThrownBy(() -> letters.print(id, LetterKind.CORRECTION, LetterFormat.PDF, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("requests correct");
        r.requests().requestCorrection(id, of(2026, 11, 4), "请写明村道名称和年份", "王芳");
        String correction = LetterText.pdf(letters.print(id, LetterKind.CORRECTION, LetterFormat.PDF, "王芳").bytes(), scratch);
        // The default reasonable period is 15 working days from 4 November 2026.
        assertThat(correction).contains("补正告知书", "青禾政依申补〔2026〕第1号", "第三十条", "请写明村道名称和年份",
                "2026年11月25日前", "15个工作日");
        r.requests().corrected(id, of(2026, 11, 9), "王芳");
        r.requests().extend(id, of(2026, 11, 27), 10, "科长刘强", "王芳");
        String extension = LetterText.docx(letters.print(id, LetterKind.EXTENSION, LetterFormat.DOCX, "王芳").bytes());
        assertThat(extension).contains("延期答复告知书", "第三十三条第二款", "延长10个工作日",
                r.requests().show(id).answerDue().getYear() + "年");
        r.requests().pause(id, of(2026, 11, 30), "青禾建设有限公司", "王芳");
        String consultation = LetterText.pdf(letters.print(id, LetterKind.CONSULTATION, LetterFormat.PDF, "王芳").bytes(), scratch);
        assertThat(consultation).contains("征求第三方意见书", "青禾建设有限公司：", "第三十二条", "15个工作日内");

        long fee = inPerson(r, "张三", of(2026, 11, 3), "纸质复印件");
        r.feeNotices().notify(fee, Fees.Basis.PER_PAGE, 40, of(2026, 11, 5), "王芳");
        String feeText = LetterText.pdf(letters.print(fee, LetterKind.FEE, LetterFormat.PDF, "王芳").bytes(), scratch);
        assertThat(feeText).contains("收费通知书", "青禾政依申费〔2026〕第1号", "第四十二条", "国办函〔2020〕109号",
                "人民币100元", "按量计收：共40页");
    }

    @Test
    void a_letter_for_a_step_not_taken_and_a_broken_template_take_no_number() throws Exception {
        Records r = at(of(2026, 11, 30));
        Letters letters = new Letters(r);
        long id = inPerson(r, "张三", of(2026, 11, 2), null);
        assertThatThrownBy(() -> letters.print(id, LetterKind.REPLY, LetterFormat.PDF, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("requests close");
        Path own = home.resolve("kiosk-config/letters");
        Files.createDirectories(own);
        Files.writeString(own.resolve("receipt.txt"), "# 回执\n{{applicant}}：{{no_such_field}}\n");
        assertThatThrownBy(() -> letters.print(id, LetterKind.RECEIPT, LetterFormat.PDF, "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("{{no_such_field}}")
                .hasMessageContaining("receipt.txt");
        assertThat(letters.of(id)).isEmpty();
        Files.writeString(own.resolve("receipt.txt"), "# 本区自拟回执\n{{applicant}}：编号 {{receipt_code}}\n> {{letter_no}}\n");
        String text = LetterText.docx(letters.print(id, LetterKind.RECEIPT, LetterFormat.DOCX, "王芳").bytes());
        assertThat(text).contains("本区自拟回执", "张三：", "青禾政依申收〔2026〕第1号");
    }

    @Test
    void deliveries_are_recorded_and_a_posted_letter_needs_its_tracking_number() {
        Records r = at(of(2026, 11, 30));
        Letters letters = new Letters(r);
        long id = inPerson(r, "张三", of(2026, 11, 2), null);
        assertThatThrownBy(() -> letters.deliver(id, LetterKind.RECEIPT, DeliveryMethod.IN_PERSON, null, of(2026, 11, 2), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("先打印");
        letters.print(id, LetterKind.RECEIPT, LetterFormat.DOCX, "王芳");
        assertThatThrownBy(() -> letters.deliver(id, LetterKind.RECEIPT, DeliveryMethod.MAIL, " ", of(2026, 11, 3), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("邮件单号");
        assertThatThrownBy(() -> letters.deliver(id, LetterKind.RECEIPT, DeliveryMethod.MAIL, "EMS1", of(2026, 11, 1), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("早于文书日期");
        assertThatThrownBy(() -> letters.deliver(id, LetterKind.RECEIPT, DeliveryMethod.MAIL, "EMS1", of(2026, 12, 1), "王芳"))
                .isInstanceOf(UserException.class).hasMessageContaining("晚于今天");
        letters.deliver(id, LetterKind.RECEIPT, DeliveryMethod.MAIL, "EMS1234567890", of(2026, 11, 3), "王芳");
        letters.deliver(id, LetterKind.RECEIPT, DeliveryMethod.SMS, null, of(2026, 11, 3), "王芳");
        assertThat(letters.deliveries(id)).extracting(Delivery::method, Delivery::tracking, Delivery::delivered)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeliveryMethod.MAIL, "EMS1234567890", of(2026, 11, 3)),
                        org.assertj.core.groups.Tuple.tuple(DeliveryMethod.SMS, null, of(2026, 11, 3)));
    }

    @Test
    void no_font_is_one_line_naming_the_package() {
        assertThatThrownBy(() -> CjkFont.find(List.of(new CjkFont.Face(scratch.resolve("none.ttc"), 0, "x"))))
                .isInstanceOf(UserException.class).hasMessageContaining("fonts-wqy-zenhei").hasMessageNotContaining("\n");
    }
}
