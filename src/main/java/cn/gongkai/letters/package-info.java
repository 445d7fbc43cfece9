/**
 * The letters the law requires at each step of a request (PDF and DOCX from editable templates),
 * their numbers and deliveries. Owns the tables {@code letters} and {@code letter_deliveries}.
 *
 * <p>May import: app, requests, storage, config.
 */
package cn.gongkai.letters;
