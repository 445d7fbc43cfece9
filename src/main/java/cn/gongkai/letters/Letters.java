package cn.gongkai.letters;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.UserException;
import cn.gongkai.requests.FeeNotice;
import cn.gongkai.app.Records;
import cn.gongkai.requests.RequestView;
import cn.gongkai.requests.ResultCode;
import cn.gongkai.storage.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The letters of a request: filled from the record and the district's template, numbered once
 * on first printing (printing again gives the same number), and their deliveries recorded.
 * The command line and the console both call this.
 */
public final class Letters {
    private final Records records;
    private final Database db;

    public Letters(Records records) {
        this.records = records;
        this.db = records.database();
    }

    /** A printed letter: its number and the file's bytes. */
    public record Printed(Letter letter, LetterFormat format, byte[] bytes) {
        public String fileName() {
            return "request-" + letter.requestId() + "-" + letter.kind().code() + "." + format.extension();
        }
    }

    /** The template file under kiosk-config/letters/ for a kind (and a reply's result code). */
    public static String templateName(LetterKind kind, ResultCode result) {
        return kind == LetterKind.REPLY ? "reply-" + result.name() + ".txt" : kind.code() + ".txt";
    }

    public Printed print(long id, LetterKind kind, LetterFormat format, String actor) {
        String who = actor == null || actor.isBlank() ? null : actor.strip();
        if (who == null) {
            throw new UserException("缺少经办人 (--actor)");
        }
        RequestView v = records.requests().show(id);
        LetterSettings settings = LetterSettings.load(records.config()).forBody(records.bodies(), v.request());
        FeeNotice fee = kind == LetterKind.FEE ? records.feeNotices().of(id).orElse(null) : null;
        LocalDate date = LetterFields.dateOf(kind, v, fee);
        LetterTemplate template = LetterTemplate.load(records.config(), templateName(kind, v.state().result()));
        String prefix = settings.prefixOf(kind);
        // Fill once with a draft number first: a template naming a field this letter lacks must
        // fail before a number is taken, so a broken template never leaves a gap in the series.
        Letter draft = new Letter(0, id, kind, settings.bodyId(), date.getYear(), prefix, 1, date);
        template.fill(LetterFields.of(kind, v, draft, settings, records.requests().deadlines(), fee));
        Letter letter = db.write(tx -> {
            var existing = LetterStore.find(tx, id, kind);
            if (existing.isPresent()) {
                return existing.get();
            }
            Letter issued = LetterStore.issue(tx, id, kind, settings.bodyId(), prefix, date, who, records.clock().instant());
            AuditLog.record(tx, records.clock().instant(), who, "LETTER_ISSUED", id, kind + " " + issued.numberText());
            return issued;
        });
        Map<String, String> fields = LetterFields.of(kind, v, letter, settings, records.requests().deadlines(), fee);
        List<LetterTemplate.Line> lines = template.fill(fields);
        String title = kind.label + " " + letter.numberText();
        byte[] bytes = format == LetterFormat.PDF ? PdfLetter.render(lines, title) : DocxLetter.render(lines, title);
        return new Printed(letter, format, bytes);
    }

    /** Records how and when a printed letter reached its addressee. */
    public void deliver(long id, LetterKind kind, DeliveryMethod method, String tracking, LocalDate date, String actor) {
        if (actor == null || actor.isBlank()) {
            throw new UserException("缺少经办人 (--actor)");
        }
        if (method == null) {
            throw new UserException("请选择送达方式");
        }
        if (date == null) {
            throw new UserException("缺少送达日期");
        }
        LocalDate today = LocalDate.now(records.clock());
        if (date.isAfter(today)) {
            throw new UserException("送达日期 " + date + " 晚于今天 " + today);
        }
        String number = tracking == null || tracking.isBlank() ? null : tracking.strip();
        if (method == DeliveryMethod.MAIL && number == null) {
            throw new UserException("邮寄送达须填写邮件单号 (--tracking)");
        }
        db.write(tx -> {
            Letter letter = LetterStore.find(tx, id, kind).orElseThrow(() -> new UserException(
                    "申请 #" + id + " 的" + kind.label + "还没有出具（编号），先打印再记录送达"));
            if (date.isBefore(letter.issuedOn())) {
                throw new UserException("送达日期 " + date + " 早于文书日期 " + letter.issuedOn());
            }
            LetterStore.deliver(tx, letter.id(), method, number, date, actor.strip(), records.clock().instant());
            AuditLog.record(tx, records.clock().instant(), actor.strip(), "LETTER_DELIVERED", id,
                    kind + " " + method + (number == null ? "" : " " + number) + " " + date);
            return null;
        });
    }

    public List<Letter> of(long id) {
        return db.read(tx -> LetterStore.of(tx, id));
    }

    public List<Delivery> deliveries(long id) {
        return db.read(tx -> LetterStore.deliveries(tx, id));
    }
}
