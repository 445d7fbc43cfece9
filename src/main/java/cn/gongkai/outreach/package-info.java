/**
 * Channel-neutral outbound texts and what numbers told us: the outbox and its sender, the
 * transport interface a carrier implements, the inbound channel interface a carrier calls, opt-outs
 * and preferences, number rules, reserved test numbers, applicant notices.
 *
 * <p>May import: requests, storage, config; no channel.
 */
package cn.gongkai.outreach;
