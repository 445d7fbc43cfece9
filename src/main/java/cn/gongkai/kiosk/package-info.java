/**
 * The service-hall kiosk (Lanterna screens, touch in Swing, read-aloud).
 *
 * <p>May import: app, the domain packages, corpus, markdown, config.
 */
package cn.gongkai.kiosk;
