package cn.gongkai.gateway.sms;

import java.time.Instant;
import java.util.List;

/**
 * What one number was last shown: the words, the results so far ("n" opens {@code shownIds[n-1]}),
 * where "更多" continues, and the inquiry that 满意 / 不满意 rates.
 */
record Session(String phone, String query, String village, int nextOffset, int total, List<String> shownIds,
        Long lastInquiryId, Instant updatedAt) {

    Session {
        shownIds = shownIds == null ? List.of() : List.copyOf(shownIds);
    }

    boolean hasMore() {
        return query != null && nextOffset < total;
    }
}
