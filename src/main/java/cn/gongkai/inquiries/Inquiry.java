package cn.gongkai.inquiries;

import java.time.Instant;
import java.util.List;

/** A logged inquiry; {@code feedback} is null, HELPFUL or UNHELPFUL. */
public record Inquiry(
        long id,
        InquiryChannel channel,
        Instant at,
        String village,
        String text,
        List<String> resultIds,
        boolean nothingFound,
        String senderPhone,
        String externalId,
        String feedback,
        Instant feedbackAt,
        String recordingUrl,
        String category) {}
