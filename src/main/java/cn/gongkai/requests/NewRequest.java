package cn.gongkai.requests;

import java.time.LocalDate;

/**
 * A formal request as handed in. {@code received} is null for online, SMS and kiosk requests
 * until staff confirm them (Art. 31); {@code inquiryId} links the inquiry it grew out of.
 * {@code address} and {@code delivery} are the postal address and the way the answer is to
 * reach the applicant (Art. 29) when the channel asked for them (the kiosk does); null otherwise,
 * and staff complete them.
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
        Long inquiryId,
        String address,
        DeliveryWanted delivery) {

    /** A request handed in without a postal address or a way of delivery (staff complete them). */
    public NewRequest(ApplicantType applicantType, String name, String contact, boolean identityVerified,
                      RequestChannel channel, String content, String formWanted, LocalDate received, Long inquiryId) {
        this(applicantType, name, contact, identityVerified, channel, content, formWanted, received, inquiryId, null, null);
    }
}
