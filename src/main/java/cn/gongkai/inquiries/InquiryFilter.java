package cn.gongkai.inquiries;

import java.time.Instant;

/** Which inquiries to list; null fields do not filter. {@code limit} 0 means all. */
public record InquiryFilter(
        InquiryChannel channel, Instant from, Instant to, String village, Boolean nothingFound, int limit) {

    public static InquiryFilter all() {
        return new InquiryFilter(null, null, null, null, null, 0);
    }
}
