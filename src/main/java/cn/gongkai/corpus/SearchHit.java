package cn.gongkai.corpus;

import java.util.List;

/**
 * One result: the disclosure, whether it is in force today, and a passage of its text around
 * the words that matched. {@code highlights} are [start, end) offsets into {@code snippet}; each
 * channel marks them its own way (or not at all, as on SMS and voice).
 */
public record SearchHit(Disclosure disclosure, float score, boolean inForce, String snippet, List<int[]> highlights) {}
