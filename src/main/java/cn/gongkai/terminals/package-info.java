/**
 * Kiosks registered as clients of {@code serve}: their names, halls and hashed tokens, and what
 * each sent (so a repeated send is written once and every row knows its kiosk). Owns the tables
 * {@code kiosks} and {@code kiosk_submissions}.
 *
 * <p>May import: storage, config.
 */
package cn.gongkai.terminals;
