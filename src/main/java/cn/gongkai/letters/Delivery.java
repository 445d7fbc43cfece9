package cn.gongkai.letters;

import java.time.LocalDate;

/** One recorded delivery of a letter. */
public record Delivery(long letterId, DeliveryMethod method, String tracking, LocalDate delivered, String actor) {}
