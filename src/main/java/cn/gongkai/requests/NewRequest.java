package cn.gongkai.requests;

import java.time.LocalDate;

/**
 * A formal request as handed in. {@code received} is null for online, SMS and kiosk requests
 * until staff confirm them (Art. 31); {@code inquiryId} links the inquiry it grew out of.
 */
public record NewRequest(
        ApplicantType applicantType,
        String name,
        String contact,
        boolean identityVerified,
        RequestChannel channel,
        String content,
        String formWanted,
        LocalDate received,
        Long inquiryId) {}
