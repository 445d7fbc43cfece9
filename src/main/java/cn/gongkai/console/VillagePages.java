package cn.gongkai.console;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.UserException;
import cn.gongkai.corpus.Corpus;
import cn.gongkai.outreach.Numbers;
import cn.gongkai.outreach.Preferences;
import cn.gongkai.requests.Phones;
import cn.gongkai.app.Records;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 村民号码: the numbers registered to villages (an SMS search from one ranks its village first).
 * Staff add and remove registrations; numbers are shown masked, an admin may reveal one, and
 * every change and reveal goes to the audit log.
 */
public final class VillagePages {
    private final Corpus corpus;
    private final Records records;
    private final Preferences prefs;
    /**
     * Forms name a row by a keyed hash of its number, never the number itself (it would sit in
     * the page's HTML) nor a plain hash (eleven digits are quickly guessed back). The key lives
     * as long as the process: a form from before a restart just finds nothing.
     */
    private final byte[] key = new byte[32];

    VillagePages(Corpus corpus, Records records, Preferences prefs) {
        this.corpus = corpus;
        this.records = records;
        this.prefs = prefs;
        new SecureRandom().nextBytes(key);
    }

    /** One registration as the page shows it. */
    public record Row(String key, String masked, String village, boolean byStaff) {}

    public void list(Context ctx) {
        List<Row> rows = prefs.villagePhones().stream()
                .map(r -> new Row(key(r[0]), Phones.mask(r[0]), r[1], "STAFF".equals(r[2]))).toList();
        Web.render(ctx, "villages.jte", "村民号码", "villages", "rows", rows, "villages", corpus.villages().names());
    }

    public void register(Context ctx) {
        try {
            String phone = Web.text(ctx, "phone");
            if (phone == null || !Numbers.isMobile(phone)) {
                throw new UserException(phone == null ? "请填写手机号" : "“" + phone + "” 不像手机号");
            }
            String typed = RequestPages.required(ctx, "village", "村");
            String village = corpus.villages().resolve(typed).orElseThrow(() -> new UserException(
                    "不认识的村名 “" + typed + "”（村名表在 kiosk-config/villages.txt）"));
            String number = Numbers.normalize(phone);
            Optional<String> before = prefs.villageOf(number);
            prefs.registerVillage(number, village, Web.actor(ctx));
            audit(ctx, "VILLAGE_PHONE_REGISTERED", Phones.mask(number) + " → " + village
                    + before.filter(b -> !b.equals(village)).map(b -> "（原为 " + b + "）").orElse(""));
            Web.done(ctx, "已登记 " + Phones.mask(number) + " → " + village + "；这个号码发短信查询时先给看本村的信息",
                    "/staff/villages");
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), "/staff/villages");
        }
    }

    public void remove(Context ctx) {
        Optional<String[]> row = row(ctx);
        if (row.isEmpty() || !prefs.forgetVillage(row.get()[0])) {
            Web.refused(ctx, "没有找到这条登记（可能已被取消，或页面已过期）", "/staff/villages");
            return;
        }
        audit(ctx, "VILLAGE_PHONE_REMOVED", Phones.mask(row.get()[0]) + " ✕ " + row.get()[1]);
        Web.done(ctx, "已取消 " + Phones.mask(row.get()[0]) + " 的登记（" + row.get()[1] + "）", "/staff/villages");
    }

    /** Admin only, and audited, like the inquirer's number on the inquiries page. */
    public void reveal(Context ctx) {
        Optional<String[]> row = row(ctx);
        if (row.isEmpty()) {
            Web.refused(ctx, "没有找到这条登记（可能已被取消，或页面已过期）", "/staff/villages");
            return;
        }
        audit(ctx, "PHONE_REVEALED", "village_phone " + Phones.mask(row.get()[0]) + " " + row.get()[1]);
        Web.render(ctx, "village-reveal.jte", row.get()[1] + " 登记号码的完整号码", "villages", "phone", row.get()[0],
                "village", row.get()[1]);
    }

    private Optional<String[]> row(Context ctx) {
        String k = Web.text(ctx, "key");
        if (k == null) {
            return Optional.empty();
        }
        return prefs.villagePhones().stream().filter(r -> key(r[0]).equals(k)).findFirst();
    }

    String key(String phone) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(phone.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h).substring(0, 22);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private void audit(Context ctx, String action, String detail) {
        String actor = Web.actor(ctx);
        Instant now = records.clock().instant();
        records.database().write(tx -> AuditLog.record(tx, now, actor, action, detail));
    }
}
