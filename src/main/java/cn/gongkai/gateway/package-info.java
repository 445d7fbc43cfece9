/**
 * The HTTP server of {@code serve}: routes in one place, the JSON API, error pages.
 *
 * <p>May import: console, corpus, gateway.sms, gateway.voice, ops, config.
 */
package cn.gongkai.gateway;
