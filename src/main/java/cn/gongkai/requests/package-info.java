/**
 * Formal requests under the 2019 Regulations: records and append-only events, rules, deadlines and
 * the working-day calendar, fees, reviews. Owns the tables {@code requests}, {@code request_events},
 * {@code reviews}, {@code fee_notices}.
 *
 * <p>May import: storage, config; no channel (listeners are handed in).
 */
package cn.gongkai.requests;
