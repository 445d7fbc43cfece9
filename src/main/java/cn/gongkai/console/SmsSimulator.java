package cn.gongkai.console;

import cn.gongkai.storage.AuditLog;

import cn.gongkai.config.UserException;
import cn.gongkai.outreach.Numbers;
import cn.gongkai.outreach.Segments;
import cn.gongkai.outreach.SmsChannel;
import cn.gongkai.outreach.TestNumbers;
import cn.gongkai.app.Records;
import cn.gongkai.storage.Tx;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 短信模拟: staff type a text as a villager would and read the reply of the real pipeline
 * ({@link SmsChannel#reply}, the webhook's own entry point), logged as an SMS inquiry like any
 * other. The message id marks it as simulated and by whom, so the page shows a member of staff
 * only the exchanges they typed themselves, never a villager's conversation with the same number.
 * Only test numbers ({@link TestNumbers}) may be used, so nobody acts as a real villager; every
 * simulated text is in the audit log under the staff member's name.
 */
public final class SmsSimulator {
    /** The sender when none is typed: plainly not a phone, so nothing is ever sent to it. */
    static final String SENDER = TestNumbers.SIMULATOR;
    /** Message ids of simulated texts start with this, then the staff name. */
    static final String ID_PREFIX = "console-sim:";
    static final int SHOWN = 10;

    private final Records records;
    /** Null where no SMS gateway runs. */
    private final SmsChannel channel;

    SmsSimulator(Records records, SmsChannel channel) {
        this.records = records;
        this.channel = channel;
    }

    /** One text and the reply it got, as a phone would show it. */
    public record Exchange(long inquiryId, Instant at, String text, String reply) {
        public int characters() {
            return reply.codePointCount(0, reply.length());
        }

        public int segments() {
            return Segments.count(reply);
        }
    }

    public void show(Context ctx) {
        String from = from(ctx.queryParam("from"));
        Web.render(ctx, "sms.jte", "短信模拟", "sms", "from", from, "enabled", channel != null,
                "exchanges", channel == null ? List.of() : exchanges(Web.actor(ctx), from),
                "reserved", TestNumbers.RESERVED_LABEL, "added", TestNumbers.added(records.database()));
    }

    public void send(Context ctx) {
        String from = from(Web.text(ctx, "from"));
        String back = "/staff/sms?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8);
        try {
            if (channel == null) {
                throw new UserException("本服务器未开通短信通道，无法模拟");
            }
            if (!from.equals(SENDER) && !Numbers.isMobile(from)) {
                throw new UserException("“" + from + "” 不像手机号；不填则用 " + SENDER);
            }
            if (!TestNumbers.isTest(records.database(), from)) {
                throw new UserException("只能用测试号码模拟（" + TestNumbers.RESERVED_LABEL
                        + "，或管理员添加的测试号码），不能冒用村民的号码");
            }
            String text = Web.text(ctx, "text");
            if (text == null) {
                throw new UserException("请输入短信内容");
            }
            String actor = Web.actor(ctx);
            Instant now = records.clock().instant();
            // Masked like every number in the audit log; the test number is enough to tell which one.
            String detail = (from.equals(SENDER) ? SENDER : cn.gongkai.requests.Phones.mask(Numbers.normalize(from))) + " " + (text.length() > 500 ? text.substring(0, 500) + "…" : text);
            records.database().write(tx -> AuditLog.record(tx, now, actor, "SMS_SIMULATED", detail));
            String id = ID_PREFIX + actor + ":" + UUID.randomUUID();
            channel.reply(new SmsChannel.Inbound(from, text, id));
            ctx.redirect(back + "#last");
        } catch (UserException e) {
            Web.refused(ctx, e.getMessage(), back);
        }
    }

    /** Admin only, audited: one more number the simulator may use (a colleague's test phone). */
    public void addNumber(Context ctx) {
        String phone = Web.text(ctx, "phone");
        if (phone == null || !Numbers.isMobile(phone)) {
            Web.refused(ctx, "“" + (phone == null ? "" : phone) + "” 不像手机号", "/staff/sms");
            return;
        }
        boolean added = TestNumbers.add(records.database(), phone, Web.actor(ctx), records.clock().instant());
        Web.done(ctx, added ? "已添加测试号码 " + Numbers.normalize(phone) + "；发给它的短信都不会真的发出"
                : Numbers.normalize(phone) + " 已经是测试号码", "/staff/sms");
    }

    /** The number as typed, or the simulator's own sender. */
    private static String from(String typed) {
        return typed == null || typed.isBlank() ? SENDER : typed.strip();
    }

    /** This member of staff's latest simulated exchanges with {@code from}, oldest first. */
    List<Exchange> exchanges(String actor, String from) {
        String prefix = ID_PREFIX + actor + ":";
        List<Exchange> newest = records.database().read(tx -> tx.list("""
                SELECT i.id, i.at, i.text, r.reply FROM inquiries i JOIN sms_replies r ON r.inquiry_id = i.id
                WHERE i.sender_phone = ? AND substr(i.external_id, 1, length(?)) = ?
                ORDER BY i.id DESC LIMIT ?""",
                rs -> new Exchange(rs.getLong(1), Tx.instant(rs, "at"), rs.getString(3), rs.getString(4)),
                Numbers.normalize(from), prefix, prefix, SHOWN));
        List<Exchange> out = new ArrayList<>(newest);
        java.util.Collections.reverse(out);
        return out;
    }
}
