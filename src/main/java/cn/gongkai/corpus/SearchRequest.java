package cn.gongkai.corpus;

import java.time.LocalDate;

/**
 * What a person asked, from any channel: their words (never query syntax) and optional
 * filters. {@code village} is the asker's own village: it ranks that village's documents first
 * without hiding district-wide ones.
 */
public record SearchRequest(
        String text, String village, String category, String type, LocalDate from, LocalDate to, int offset, int limit,
        String body) {

    public static final int MAX_LIMIT = 50;

    public SearchRequest {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    /** Across every body (the default). */
    public SearchRequest(String text, String village, String category, String type, LocalDate from, LocalDate to,
            int offset, int limit) {
        this(text, village, category, type, from, to, offset, limit, null);
    }

    /** Only the documents of one disclosing body (公开主体); null: every body. */
    public SearchRequest withBody(String b) {
        return new SearchRequest(text, village, category, type, from, to, offset, limit, b);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null, 0, 10);
    }

    public SearchRequest withVillage(String v) {
        return new SearchRequest(text, v, category, type, from, to, offset, limit, body);
    }

    public SearchRequest page(int newOffset, int newLimit) {
        return new SearchRequest(text, village, category, type, from, to, newOffset, newLimit, body);
    }

    public SearchRequest withCategory(String c) {
        return new SearchRequest(text, village, c, type, from, to, offset, limit, body);
    }
}
