/**
 * The log of every question from every channel, its journal for when the disk is full, export,
 * purge, and pick-up codes. Owns the tables {@code inquiries} and {@code pickup_codes}.
 *
 * <p>May import: requests (a question can become a request), storage, config.
 */
package cn.gongkai.inquiries;
