package cn.gongkai.requests;

import java.time.Instant;
import java.time.LocalDate;

/** The stored facts of a formal request (its state comes from its events). */
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
        DeliveryWanted delivery) {}
