package cn.gongkai.requests;

import cn.gongkai.storage.Tx;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Art. 29 completion: the SQL and the field-by-field comparison. A completion writes the
 * request's new facts to request_completions first; the schema lets the request row change only
 * to the latest of those, so no change escapes the record.
 */
final class Completions {
    private Completions() {}

    /** Field code → what staff read; the order a refusal names them in. */
    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("applicant_type", "申请人类型");
        LABELS.put("name", "申请人姓名或名称");
        LABELS.put("contact", "联系方式");
        LABELS.put("identity_verified", "身份证明核验");
        LABELS.put("content", "申请内容描述");
        LABELS.put("form_wanted", "获取信息的形式");
        LABELS.put("address", "邮寄地址");
        LABELS.put("delivery", "送达方式");
    }

    /**
     * Art. 29: what a request must hold before its receipt is confirmed — a name, a way to reach
     * the applicant, a description, and an address when the answer is to be posted.
     */
    static List<String> missing(RequestRecord r) {
        List<String> out = new ArrayList<>();
        if (blank(r.name())) out.add(LABELS.get("name"));
        if (blank(r.contact())) out.add(LABELS.get("contact"));
        if (blank(r.content())) out.add(LABELS.get("content"));
        if (r.delivery() == DeliveryWanted.MAIL && blank(r.address())) out.add(LABELS.get("address") + "（要求邮寄）");
        return out;
    }

    /**
     * Records the completion and changes the request row; returns the codes of the fields that
     * changed (empty: nothing to record, nothing written).
     */
    static List<String> apply(Tx tx, RequestRecord r, Completion c, LocalDate date, String who, Instant now)
            throws SQLException {
        ApplicantType type = c.applicantType() != null ? c.applicantType() : r.applicantType();
        String name = pick(c.name(), r.name());
        String contact = pick(c.contact(), r.contact());
        boolean verified = c.identityVerified() != null ? c.identityVerified() : r.identityVerified();
        String content = pick(c.content(), r.content());
        String form = pick(c.formWanted(), r.formWanted());
        String address = pick(c.address(), r.address());
        DeliveryWanted delivery = c.delivery() != null ? c.delivery() : r.delivery();
        ObjectNode before = RequestJson.JSON.createObjectNode();
        List<String> changed = new ArrayList<>();
        if (type != r.applicantType()) { changed.add("applicant_type"); before.put("applicant_type", r.applicantType().name()); }
        if (!same(name, r.name())) { changed.add("name"); before.put("name", r.name()); }
        if (!same(contact, r.contact())) { changed.add("contact"); before.put("contact", r.contact()); }
        if (verified != r.identityVerified()) { changed.add("identity_verified"); before.put("identity_verified", r.identityVerified()); }
        if (!same(content, r.content())) { changed.add("content"); before.put("content", r.content()); }
        if (!same(form, r.formWanted())) { changed.add("form_wanted"); before.put("form_wanted", r.formWanted()); }
        if (!same(address, r.address())) { changed.add("address"); before.put("address", r.address()); }
        if (delivery != r.delivery()) {
            changed.add("delivery");
            before.put("delivery", r.delivery() == null ? null : r.delivery().name());
        }
        if (changed.isEmpty()) {
            return changed;
        }
        tx.insert("""
                INSERT INTO request_completions (request_id, date, fields, before, applicant_type, name, contact,
                    identity_verified, content, form_wanted, address, delivery, actor, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.id(), date, String.join(",", changed), before.toString(), type, name, contact, verified, content,
                form, address, delivery, who, now);
        tx.update("""
                UPDATE requests SET applicant_type = ?, name = ?, contact = ?, contact_line = ?, identity_verified = ?,
                    content = ?, form_wanted = ?, address = ?, delivery = ? WHERE id = ?""",
                type, name, contact, contact == null ? null : Phones.line(contact), verified, content, form, address,
                delivery, r.id());
        return changed;
    }

    /** The changed fields in words, for the timeline: never their values (personal data). */
    static String describe(List<String> fields) {
        return String.join("、", fields.stream().map(LABELS::get).toList());
    }

    private static String pick(String given, String recorded) {
        return given == null || given.isBlank() ? recorded : given.strip();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
