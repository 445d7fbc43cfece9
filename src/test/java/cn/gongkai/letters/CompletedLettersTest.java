package cn.gongkai.letters;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.Cli;
import cn.gongkai.app.Records;
import cn.gongkai.config.Home;
import cn.gongkai.requests.ApplicantType;
import cn.gongkai.requests.Completion;
import cn.gongkai.requests.NewRequest;
import cn.gongkai.requests.RequestChannel;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Letters of an SMS request completed by staff carry the completed facts; the 补正 notice its rule. */
class CompletedLettersTest {

    @TempDir Path home;
    @TempDir Path scratch;

    @Test
    void the_receipt_and_correction_letters_of_a_completed_sms_request() throws Exception {
        Records r = Records.open(new Home(home), Cli.clockAt(of(2026, 11, 30)));
        long id = r.requests().add(new NewRequest(ApplicantType.NATURAL_PERSON, null, "13812345678", false,
                RequestChannel.SMS, "修路的账", null, null, null), "sms");
        r.requests().complete(id, of(2026, 11, 2), new Completion(null, "王五", null, null, null, null, null, null), "王芳");
        r.requests().confirmReceipt(id, of(2026, 11, 2), true, "王芳");
        Letters letters = new Letters(r);
        String receipt = LetterText.pdf(letters.print(id, LetterKind.RECEIPT, LetterFormat.PDF, "王芳").bytes(), scratch);
        // Received Monday 2 November 2026: due Monday 30 November.
        assertThat(receipt).contains("王五：", "2026年11月2日", "修路的账", "2026年11月30日");

        r.requests().requestCorrection(id, of(2026, 11, 4), "请写明哪条村道、哪一年", "王芳");
        String correction = LetterText.pdf(letters.print(id, LetterKind.CORRECTION, LetterFormat.PDF, "王芳").bytes(), scratch);
        assertThat(correction).contains("补正告知书", "第三十条", "请写明哪条村道、哪一年",
                "答复期限自本机关收到补正后的申请之日起计算");
        // The supplement, recorded as a completion, restarts the period: 20 working days after
        // Monday 9 November 2026 is Monday 7 December.
        r.requests().complete(id, of(2026, 11, 9), new Completion(null, null, null, null,
                "石门村至李庄村道2025年硬化工程资金使用情况", null, null, null), "王芳");
        r.requests().extend(id, of(2026, 11, 27), 5, "科长刘强", "王芳");
        String extension = LetterText.pdf(letters.print(id, LetterKind.EXTENSION, LetterFormat.PDF, "王芳").bytes(), scratch);
        // Extended by 5: Monday 14 December.
        assertThat(extension).contains("王五：", "2026年12月14日");
    }
}
