package cn.gongkai.inquiries;

import java.time.Instant;
import java.util.List;

/**
 * One question as a channel received it.
 *
 * @param at when it was asked (null: now)
 * @param resultIds disclosure ids returned, in the order shown
 * @param senderPhone the caller's or texter's number: personal information, never logged
 * @param externalId Twilio's MessageSid or CallSid, so a retried webhook is logged once
 */
public record NewInquiry(
        InquiryChannel channel,
        Instant at,
        String village,
        String text,
        List<String> resultIds,
        boolean nothingFound,
        String senderPhone,
        String externalId,
        String recordingUrl,
        String category) {

    public NewInquiry {
        resultIds = resultIds == null ? List.of() : List.copyOf(resultIds);
    }

    /** The common case: a question, what was found, no phone and no external id. */
    public static NewInquiry of(InquiryChannel channel, String text, List<String> resultIds) {
        return new NewInquiry(channel, null, null, text, resultIds, resultIds == null || resultIds.isEmpty(),
                null, null, null, null);
    }
}
