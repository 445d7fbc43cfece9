/**
 * The home folder, kiosk-config files a district edits (with file-and-line errors), messages, and
 * {@code UserException} for one-line errors.
 *
 * <p>May import: nothing of gongkai.
 */
package cn.gongkai.config;
