/**
 * The staff console under {@code /staff}: pages, accounts, sessions, roles, audit views.
 *
 * <p>May import: app, the domain packages, outreach, corpus, markdown, gateway.sms and gateway.voice (to read call details and simulate texts).
 */
package cn.gongkai.console;
