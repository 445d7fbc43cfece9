package cn.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

/** The stored facts of a formal request (its state comes from its events); {@code body} its 公开主体, null in the intake. */
public record RequestRecord(
        long id,
        String receiptCode,
        ApplicantType applicantType,
        String name,
        String contact,
        boolean identityVerified,
        RequestChannel channel,
        String content,
        String formWanted,
        LocalDate received,
        Long inquiryId,
        Instant createdAt,
        String address,
        DeliveryWanted delivery,
        String body) {

    /** Still in the platform's intake: no body has it yet (SMS, kiosk, online before assignment). */
    public boolean inIntake() {
        return body == null;
    }
}
